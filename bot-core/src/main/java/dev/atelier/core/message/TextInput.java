package dev.atelier.core.message;

import java.util.List;

/**
 * One field of a {@link Modal}; {@code name} is the command option it fills. With {@code choices} it is
 * a menu of those values (a milestone among your open ones) instead of a text field.
 */
public record TextInput(
        String name,
        String label,
        String placeholder,
        boolean multiline,
        boolean required,
        int maxLength,
        List<Choice> choices) {

    public TextInput {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A text field. */
    public TextInput(
            String name, String label, String placeholder, boolean multiline, boolean required, int maxLength) {
        this(name, label, placeholder, multiline, required, maxLength, List.of());
    }

    public boolean isMenu() {
        return !choices.isEmpty();
    }

    /** One value of a menu: what people read and the option value it fills in. */
    public record Choice(String label, String value) {}
}
