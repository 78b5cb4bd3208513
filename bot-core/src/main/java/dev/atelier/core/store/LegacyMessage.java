package dev.atelier.core.store;

import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Select;
import dev.atelier.core.message.SelectOption;
import dev.atelier.core.message.Span;
import dev.atelier.core.message.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;

/**
 * Reads the message of an outbox item stored before items had a storage shape of their own, when the
 * domain's message was written as it was ({@code message}: title, {@code body.spans} each with its
 * {@code _class}, fields, buttons, selects with {@code options}). Read by hand from the raw document, so
 * it keeps reading whatever the domain's types are called later. Only for items written by earlier
 * versions: new ones are written as a {@link MessageDocument}.
 */
final class LegacyMessage {

    private LegacyMessage() {}

    static Message read(Document m) {
        return new Message(
                m.getString("title"),
                text(m.get("body", Document.class)),
                each(
                        m,
                        "fields",
                        f -> new Field(
                                f.getString("name"),
                                text(f.get("value", Document.class)),
                                f.getBoolean("inline", false))),
                each(
                        m,
                        "buttons",
                        b -> new Button(
                                b.getString("label"),
                                ButtonStyle.valueOf(b.getString("style")),
                                b.getString("command"),
                                strings(b.getList("ask", String.class)))),
                each(
                        m,
                        "selects",
                        s -> new Select(
                                s.getString("placeholder"),
                                s.getString("command"),
                                s.getString("option"),
                                each(s, "options", o -> new SelectOption(o.getString("label"), o.getString("value"))))),
                m.getBoolean("ephemeral", false));
    }

    private static Text text(Document text) {
        if (text == null) {
            return Text.empty();
        }
        List<Span> spans = new ArrayList<>();
        for (Document s : text.getList("spans", Document.class, List.of())) {
            spans.add(span(s));
        }
        return new Text(spans);
    }

    /** A span by the simple name of the record it was written from ({@code …Span$Bold}). */
    private static Span span(Document s) {
        String type = s.getString("_class");
        String kind = type == null ? "" : type.substring(type.lastIndexOf('$') + 1);
        return switch (kind) {
            case "Bold" -> new Span.Bold(s.getString("text"));
            case "Italic" -> new Span.Italic(s.getString("text"));
            case "Code" -> new Span.Code(s.getString("text"));
            case "CodeBlock" -> new Span.CodeBlock(s.getString("text"));
            case "Link" -> new Span.Link(s.getString("url"), s.getString("label"));
            case "MemberMention" -> new Span.MemberMention(s.getString("memberId"));
            case "QuietMention" -> new Span.QuietMention(s.getString("memberId"), s.getString("name"));
            case "ChannelMention" -> new Span.ChannelMention(s.getString("channelId"));
            case "RoleMention" -> new Span.RoleMention(s.getString("roleId"), s.getString("name"));
            case "UserText" -> new Span.UserText(s.getString("text"));
            case "Quote" -> new Span.Quote(s.getString("text"));
            case "LineBreak" -> new Span.LineBreak();
            case "Bullet" -> new Span.Bullet();
            case "Command" -> command(s.get("hint", Document.class));
            default -> new Span.Plain(s.getString("text") == null ? "" : s.getString("text"));
        };
    }

    private static Span command(Document hint) {
        return new Span.Command(new CommandHint(
                hint.getString("path"),
                each(
                        hint,
                        "arguments",
                        a -> new CommandHint.Argument(
                                a.getString("name"), a.getString("value"), a.getBoolean("named", false)))));
    }

    private static <T> List<T> each(Document parent, String name, Function<Document, T> read) {
        return parent.getList(name, Document.class, List.of()).stream()
                .map(read)
                .toList();
    }

    private static List<String> strings(List<String> stored) {
        return stored == null ? List.of() : stored;
    }
}
