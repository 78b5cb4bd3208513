package dev.atelier.core.store;

import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Select;
import dev.atelier.core.message.SelectOption;
import java.util.List;
import java.util.function.Function;

/** Between a message and its storage document, part by part; a button's style is stored by its name. */
final class MessageMapper {

    private MessageMapper() {}

    static MessageDocument toDocument(Message m) {
        if (m == null) {
            return null;
        }
        return new MessageDocument(
                m.title(),
                null,
                TextDocuments.toDocuments(m.body()),
                m.fields().stream()
                        .map(f -> new MessageDocument.FieldEntry(
                                f.name(), null, TextDocuments.toDocuments(f.value()), f.inline()))
                        .toList(),
                m.buttons().stream()
                        .map(b -> new MessageDocument.ButtonEntry(
                                b.label(), b.style().name(), b.command(), b.ask()))
                        .toList(),
                m.selects().stream()
                        .map(s -> new MessageDocument.SelectEntry(
                                s.placeholder(),
                                s.command(),
                                s.option(),
                                s.options().stream()
                                        .map(o -> new MessageDocument.ChoiceEntry(o.label(), o.value()))
                                        .toList()))
                        .toList(),
                m.ephemeral());
    }

    static Message toMessage(MessageDocument d) {
        if (d == null) {
            return null;
        }
        return new Message(
                d.title(),
                TextDocuments.toText(d.body(), d.text()),
                each(d.fields(), f -> new Field(f.name(), TextDocuments.toText(f.spans(), f.value()), f.inline())),
                each(
                        d.buttons(),
                        b -> new Button(
                                b.label(),
                                ButtonStyle.valueOf(b.style()),
                                b.command(),
                                b.ask() == null ? List.of() : b.ask())),
                each(
                        d.selects(),
                        s -> new Select(
                                s.placeholder(),
                                s.command(),
                                s.option(),
                                each(s.choices(), c -> new SelectOption(c.label(), c.value())))),
                d.ephemeral());
    }

    private static <D, T> List<T> each(List<D> stored, Function<D, T> read) {
        return stored == null ? List.of() : stored.stream().map(read).toList();
    }
}
