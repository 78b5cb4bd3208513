package dev.atelier.core.message;

/** One text field of a {@link Modal}; {@code name} is the command option it fills. */
public record TextInput(
        String name, String label, String placeholder, boolean multiline, boolean required, int maxLength) {}
