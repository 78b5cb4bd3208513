package dev.atelier.core.message;

import java.util.List;

/**
 * A form shown to the person who pressed a button. Its inputs are named after command options;
 * on submission the adapter hands {@link #id()} and the values back to the core, which runs the
 * command with them.
 */
public record Modal(String id, String title, List<TextInput> inputs) {

    public Modal {
        inputs = List.copyOf(inputs);
    }

    public static Modal forCommand(String command, String title, List<TextInput> inputs) {
        return new Modal(ActionIds.modal(command), title, inputs);
    }
}
