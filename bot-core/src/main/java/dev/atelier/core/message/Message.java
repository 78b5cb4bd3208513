package dev.atelier.core.message;

import java.util.List;
import java.util.Objects;

/**
 * A platform-neutral message: a title, a body in light markdown (*bold*, links, user mentions as
 * {@code <@id>}), optional fields and action buttons. Adapters render it as a Discord embed with
 * components, as Slack Block Kit, or as plain console text.
 */
public record Message(String title, String text, List<Field> fields, List<Button> buttons, boolean ephemeral) {

    public Message {
        text = Objects.requireNonNullElse(text, "");
        fields = List.copyOf(fields);
        buttons = List.copyOf(buttons);
    }

    /** A reply only the person who acted sees. */
    public static Message privateReply(String text) {
        return new Message(null, text, List.of(), List.of(), true);
    }

    /** A reply everyone in the channel sees. */
    public static Message publicReply(String text) {
        return new Message(null, text, List.of(), List.of(), false);
    }

    public Message withTitle(String newTitle) {
        return new Message(newTitle, text, fields, buttons, ephemeral);
    }

    public Message withFields(List<Field> newFields) {
        return new Message(title, text, newFields, buttons, ephemeral);
    }

    public Message withButtons(List<Button> newButtons) {
        return new Message(title, text, fields, newButtons, ephemeral);
    }

    public Message asPublic() {
        return new Message(title, text, fields, buttons, false);
    }

    /** Title, text and fields as plain lines, for logs, the console and notification fallbacks. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        if (title != null) {
            out.append(title).append('\n');
        }
        out.append(text);
        for (Field field : fields) {
            out.append('\n').append(field.name()).append(": ").append(field.value());
        }
        return out.toString().strip();
    }
}
