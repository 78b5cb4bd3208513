package dev.atelier.core.command;

import java.util.Locale;

/**
 * How an option shows in a form: a label that is a complete phrase of at most {@link #MAX} characters
 * (the option's description, or its first clause, never cut in the middle of a word), and whether the
 * field is required. A button asks for an option the command needs in that use although the catalog has it
 * optional (the feedback of {@code review N changes}) with {@code Button.needed}.
 */
public final class FormLabels {

    /** Discord's and Slack's limit on a form label. */
    public static final int MAX = 45;

    private static final String NEEDED = dev.atelier.core.message.Button.NEEDED;

    private FormLabels() {}

    /** The option a button's asked name stands for. */
    public static String optionName(String asked) {
        return asked.endsWith(NEEDED) ? asked.substring(0, asked.length() - NEEDED.length()) : asked;
    }

    /** Whether the button marks the option as needed in its form. */
    public static boolean needed(String asked) {
        return asked.endsWith(NEEDED);
    }

    /**
     * The label of a menu: what is chosen, named ({@code Milestone}), since the menu's choices show the
     * things themselves (a milestone by its title) rather than the number the description speaks of.
     */
    public static String menuLabel(OptionSpec option) {
        return named(option);
    }

    public static String label(OptionSpec option) {
        String description =
                option.description() == null ? "" : option.description().strip();
        if (!description.isEmpty() && description.length() <= MAX) {
            return description;
        }
        for (String stop : new String[] {"; ", " (", ": ", " — ", ". ", ", "}) {
            int at = description.indexOf(stop);
            if (at >= 3 && at <= MAX) {
                return description.substring(0, at);
            }
        }
        return named(option);
    }

    private static String named(OptionSpec option) {
        String name = option.name().replace('-', ' ');
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
