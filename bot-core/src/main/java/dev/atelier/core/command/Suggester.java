package dev.atelier.core.command;

import dev.atelier.core.shared.Requester;
import java.util.List;

/** Suggests values for cohort, task, internship and milestone options while a person types. */
public interface Suggester {

    int MAX_CHOICES = 25;

    List<Choice> suggest(Requester requester, OptionType type, String typed);
}
