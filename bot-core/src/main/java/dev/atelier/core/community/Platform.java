package dev.atelier.core.community;

/** The chat platform a community lives on. The local console is a platform of its own. */
public enum Platform {
    DISCORD("discord"),
    SLACK("slack"),
    CONSOLE("console");

    private final String key;

    Platform(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
