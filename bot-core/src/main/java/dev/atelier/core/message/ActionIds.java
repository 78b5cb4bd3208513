package dev.atelier.core.message;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Encodes buttons and modals as the short string ids that platforms carry back to us.
 * A button id is {@code a|<options to ask, comma separated>|<command line>}; a modal id is
 * {@code m|<command line>}; a menu id is {@code s|<option>|<command line>}. Discord limits custom ids to 100 characters, so command lines on
 * buttons stay short (ids and verbs only).
 */
public final class ActionIds {

    public static final int MAX_LENGTH = 100;
    private static final String BUTTON = "a|";
    private static final String MODAL = "m|";
    private static final String SELECT = "s|";

    private ActionIds() {}

    static String button(Button button) {
        return BUTTON + String.join(",", button.ask()) + "|" + button.command();
    }

    /**
     * The id of a press that opens the form of {@code command} asking for {@code options}: what an
     * adapter hands the core when a person runs a command without the text it needs (the long-question
     * form of {@code ask}).
     */
    public static String form(String command, String... options) {
        return BUTTON + String.join(",", options) + "|" + command;
    }

    static String select(Select select) {
        return SELECT + select.option() + "|" + select.command();
    }

    /**
     * The command line a choice in a {@link Select} runs ({@code command option:value}); empty when
     * the id is not one of our menus.
     */
    public static Optional<String> parseSelect(String actionId, String value) {
        if (actionId == null || !actionId.startsWith(SELECT) || value == null) {
            return Optional.empty();
        }
        String rest = actionId.substring(SELECT.length());
        int bar = rest.indexOf('|');
        if (bar <= 0) {
            return Optional.empty();
        }
        return Optional.of(rest.substring(bar + 1) + " " + rest.substring(0, bar) + ":" + CommandHint.quoted(value));
    }

    static String modal(String command) {
        return MODAL + command;
    }

    /** A pressed button, decoded; empty when the id is not one of ours. */
    public static Optional<PressedButton> parseButton(String actionId) {
        if (actionId == null || !actionId.startsWith(BUTTON)) {
            return Optional.empty();
        }
        String rest = actionId.substring(BUTTON.length());
        int bar = rest.indexOf('|');
        if (bar < 0) {
            return Optional.empty();
        }
        String asked = rest.substring(0, bar);
        List<String> ask = asked.isEmpty() ? List.of() : Arrays.asList(asked.split(","));
        return Optional.of(new PressedButton(rest.substring(bar + 1), ask));
    }

    /** The command line behind a modal id; empty when the id is not one of ours. */
    public static Optional<String> parseModal(String modalId) {
        if (modalId == null || !modalId.startsWith(MODAL)) {
            return Optional.empty();
        }
        return Optional.of(modalId.substring(MODAL.length()));
    }

    /** What a pressed button asks the core to do. */
    public record PressedButton(String command, List<String> ask) {}
}
