package dev.atelier.core.message;

import java.util.List;

/**
 * An action button. Pressing it runs {@code command} (a command line in catalog syntax, such as
 * {@code review 3 approve}) as the person who pressed it. When {@code ask} names options, the
 * adapter first shows a modal asking for them (see {@link Modal}).
 *
 * <p>{@link #actionId()} is what adapters put on the platform button (Discord custom id, Slack
 * action id) and hand back to the core when it is pressed.
 */
public record Button(String label, ButtonStyle style, String command, List<String> ask) {

    public Button {
        ask = List.copyOf(ask);
    }

    public static Button of(String label, ButtonStyle style, String command) {
        return new Button(label, style, command, List.of());
    }

    public static Button asking(String label, ButtonStyle style, String command, String... options) {
        return new Button(label, style, command, List.of(options));
    }

    /**
     * An option to ask for that the form must require although the command has it optional (the feedback
     * of a request for changes): pass it to {@link #asking} as {@code needed("feedback")}.
     */
    public static String needed(String option) {
        return option + NEEDED;
    }

    /** The mark of a needed option in {@link #ask()}. */
    public static final String NEEDED = "!";

    public String actionId() {
        return ActionIds.button(this);
    }
}
