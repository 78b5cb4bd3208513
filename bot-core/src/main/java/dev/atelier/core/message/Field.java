package dev.atelier.core.message;

import java.util.Objects;

/**
 * A labelled value shown beside a message's text (an embed field on Discord, a section field on
 * Slack). The name is plain words; the value is {@link Text}.
 */
public record Field(String name, Text value, boolean inline) {

    public Field {
        Objects.requireNonNull(name, "name");
        value = Objects.requireNonNullElse(value, Text.empty());
    }

    public static Field of(String name, Text value) {
        return new Field(name, value, true);
    }

    public static Field wide(String name, Text value) {
        return new Field(name, value, false);
    }

    /**
     * What goes between the name and the value where both are written on lines of text (the console, a
     * notification's text): {@code ": "}, or a line break when the value takes lines of its own (a list), so
     * that its first item is not written on the name's line.
     */
    public String separator() {
        boolean lines = value.spans().stream().anyMatch(s -> s instanceof Span.LineBreak || s instanceof Span.Bullet);
        return lines ? ":\n" : ": ";
    }
}
