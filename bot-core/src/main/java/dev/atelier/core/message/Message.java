package dev.atelier.core.message;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A platform-neutral message: a title (plain words), a body of structured {@link Text}, fields,
 * action buttons and menus. Adapters render it as a Discord embed with components, as Slack Block
 * Kit, or as plain console text; none of it is a platform's syntax.
 */
public record Message(
        String title, Text body, List<Field> fields, List<Button> buttons, List<Select> selects, boolean ephemeral) {

    public Message {
        body = Objects.requireNonNullElse(body, Text.empty());
        fields = List.copyOf(fields);
        buttons = List.copyOf(buttons);
        selects = List.copyOf(selects);
    }

    /** A reply only the person who acted sees. */
    public static Message privateReply(Text body) {
        return new Message(null, body, List.of(), List.of(), List.of(), true);
    }

    /** A reply everyone in the channel sees. */
    public static Message publicReply(Text body) {
        return new Message(null, body, List.of(), List.of(), List.of(), false);
    }

    public Message withTitle(String newTitle) {
        return new Message(newTitle, body, fields, buttons, selects, ephemeral);
    }

    public Message withBody(Text newBody) {
        return new Message(title, newBody, fields, buttons, selects, ephemeral);
    }

    public Message withFields(List<Field> newFields) {
        return new Message(title, body, newFields, buttons, selects, ephemeral);
    }

    public Message withButtons(List<Button> newButtons) {
        return new Message(title, body, fields, newButtons, selects, ephemeral);
    }

    public Message withSelects(List<Select> newSelects) {
        return new Message(title, body, fields, buttons, newSelects, ephemeral);
    }

    public Message asPublic() {
        return new Message(title, body, fields, buttons, selects, false);
    }

    /** The body in the core's light markup: a readable view for tests and logs, never sent to a platform. */
    public String text() {
        return body.markup();
    }

    /** The members the body and fields mention: exactly whom the message means to ping. */
    public Set<String> mentionedMembers() {
        Set<String> ids = new LinkedHashSet<>(body.mentionedMembers());
        fields.forEach(f -> ids.addAll(f.value().mentionedMembers()));
        return ids;
    }

    /** Title, text and fields as lines of the core's light markup: a readable view for tests and logs. */
    public String markup() {
        StringBuilder out = new StringBuilder();
        if (title != null) {
            out.append(title).append('\n');
        }
        out.append(body.markup());
        for (Field field : fields) {
            out.append('\n')
                    .append(field.name())
                    .append(": ")
                    .append(field.value().markup());
        }
        return out.toString().strip();
    }

    /** Title, text and fields as plain lines, for logs, the console and notification fallbacks. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        if (title != null) {
            out.append(title).append('\n');
        }
        out.append(body.plain());
        for (Field field : fields) {
            out.append('\n')
                    .append(field.name())
                    .append(field.separator())
                    .append(field.value().plain());
        }
        return out.toString().strip();
    }
}
