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
}
