package dev.atelier.core.command;

import dev.atelier.core.shared.Requester;
import java.util.List;

/** Suggests values for cohort, task, internship and milestone options while a person types. */
public interface Suggester {

    int MAX_CHOICES = 25;

    List<Choice> suggest(Requester requester, OptionType type, String typed);

    /**
     * The values a form of command {@code path} offers for {@code option} as a menu (at most
     * {@link #MAX_CHOICES}); empty when the form shows a text field instead.
     */
    default List<Choice> menu(Requester requester, String path, OptionSpec option) {
        return List.of();
    }

    /**
     * Values for an option of command {@code path}: only what the requester can use in that command
     * (the milestones waiting for their review in {@code review}, their own open ones in {@code submit}).
     */
    default List<Choice> suggest(Requester requester, String path, OptionType type, String typed) {
        return suggest(requester, type, typed);
    }
}
