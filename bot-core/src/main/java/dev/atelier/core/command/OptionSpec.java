package dev.atelier.core.command;

import java.util.List;

/**
 * One option of a command, as the catalog declares it. {@code maxLength} applies to text values.
 *
 * <p>{@code takesRest}: a free-text option that takes the rest of a typed line. Given by position
 * without quotes, it takes every word that follows ({@code ask what about unquoted words}); the
 * options after it are then given as {@code name:value}, or by position after a quoted value.
 */
public record OptionSpec(
        String name,
        OptionType type,
        String description,
        boolean required,
        int maxLength,
        List<String> choices,
        boolean takesRest) {

    public static final int DEFAULT_MAX_LENGTH = 200;

    public OptionSpec {
        if (!name.matches("[a-z][a-z0-9-]{0,31}")) {
            throw new IllegalArgumentException("option names are lowercase words: " + name);
        }
        if (takesRest && !type.isFreeText()) {
            throw new IllegalArgumentException("only a text option takes the rest of a line: " + name);
        }
        choices = List.copyOf(choices);
    }

    public OptionSpec(
            String name, OptionType type, String description, boolean required, int maxLength, List<String> choices) {
        this(name, type, description, required, maxLength, choices, false);
    }

    public static OptionSpec required(String name, OptionType type, String description) {
        return new OptionSpec(name, type, description, true, defaultLength(type), List.of());
    }

    public static OptionSpec optional(String name, OptionType type, String description) {
        return new OptionSpec(name, type, description, false, defaultLength(type), List.of());
    }

    public static OptionSpec choice(String name, String description, String... choices) {
        return new OptionSpec(name, OptionType.CHOICE, description, true, DEFAULT_MAX_LENGTH, List.of(choices));
    }

    public OptionSpec maxLength(int length) {
        return new OptionSpec(name, type, description, required, length, choices, takesRest);
    }

    /** This text option takes the rest of a typed line (see the class comment). */
    public OptionSpec restOfLine() {
        return new OptionSpec(name, type, description, required, maxLength, choices, true);
    }

    private static int defaultLength(OptionType type) {
        return switch (type) {
            case LONG_TEXT -> 3000;
            case URL -> 500;
            default -> DEFAULT_MAX_LENGTH;
        };
    }
}
