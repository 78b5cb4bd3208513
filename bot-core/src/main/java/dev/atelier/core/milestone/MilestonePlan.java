package dev.atelier.core.milestone;

import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneDraft;
import dev.atelier.core.shared.Rejected;
import java.time.Clock;
import java.time.LocalDate;

/** The checks every milestone plan shares: a title and a due date that is not in the past. */
final class MilestonePlan {

    private MilestonePlan() {}

    static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new Rejected("A milestone needs a title.");
        }
        return title.strip();
    }

    static LocalDate due(LocalDate due, Clock clock) {
        if (due != null && due.isBefore(LocalDate.now(clock))) {
            throw new Rejected("The due date " + due + " is in the past.");
        }
        return due;
    }

    /** The checked draft of the milestone a command adds or proposes. */
    static MilestoneDraft draft(AddMilestone.Command c, Clock clock) {
        return new MilestoneDraft(title(c.title()), c.criteria(), due(c.due(), clock), estimate(c.estimate()));
    }

    /** An estimate in whole hours, 1 to {@link Milestone#MAX_ESTIMATE}; null stays null. */
    static Integer estimate(Long hours) {
        if (hours != null && (hours < 1 || hours > Milestone.MAX_ESTIMATE)) {
            throw new Rejected("A milestone's estimate is between 1 and " + Milestone.MAX_ESTIMATE + " hours.");
        }
        return hours == null ? null : hours.intValue();
    }
}
