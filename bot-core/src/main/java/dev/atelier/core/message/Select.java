package dev.atelier.core.message;

import java.util.List;
import java.util.Objects;

/**
 * A menu of choices on a message. Choosing one runs {@code command} with {@code option} set to the
 * chosen value ({@code command option:value}) as the person who chose, like a {@link Button}.
 * {@link #actionId()} is what adapters put on the platform menu and hand back with the value.
 */
public record Select(String placeholder, String command, String option, List<SelectOption> options) {

    public Select {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(option, "option");
        options = List.copyOf(options);
    }

    public static Select of(String placeholder, String command, String option, List<SelectOption> options) {
        return new Select(placeholder, command, option, options);
    }

    public String actionId() {
        return ActionIds.select(this);
    }
}
