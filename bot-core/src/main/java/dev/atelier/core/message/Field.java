package dev.atelier.core.message;

/** A labelled value shown beside a message's text (an embed field on Discord, a section field on Slack). */
public record Field(String name, String value, boolean inline) {

    public static Field of(String name, String value) {
        return new Field(name, value, true);
    }

    public static Field wide(String name, String value) {
        return new Field(name, value, false);
    }
}
