package dev.atelier.core.clock.checkin;

import dev.atelier.core.clock.duework.DueItem;
import java.time.Duration;

/** The due items of check-ins: the next prompt (numbered) and the missed-check of the latest one. */
public final class CheckinOccasions {

    public static final String PROMPT = "checkin-prompt";
    public static final String MISSED = "checkin-missed";

    private CheckinOccasions() {}

    /** The next prompt, due at {@code nextDue} (which must not be null). */
    public static DueItem nextPrompt(Checkin c) {
        int number = c.prompt() == null ? 1 : c.prompt().number() + 1;
        return DueItem.of(PROMPT, c.community(), c.internship(), number, "", c.internId(), c.nextDue());
    }

    /** The check whether the latest prompt went unanswered for {@code window}. */
    public static DueItem missedCheck(Checkin c, Duration window) {
        return DueItem.of(
                MISSED,
                c.community(),
                c.internship(),
                c.prompt().number(),
                "",
                c.internId(),
                c.prompt().sentAt().plus(window));
    }
}
