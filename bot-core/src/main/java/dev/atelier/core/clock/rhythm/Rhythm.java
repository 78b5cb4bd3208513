package dev.atelier.core.clock.rhythm;

import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Plural;
import dev.atelier.core.shared.Rejected;
import java.time.Duration;

/**
 * The timings of one community: the check-in answer window, how long a submission waits for review
 * and a question for an answer before the mentor is reminded, how many idle days or missed check-ins
 * in a row make a pair "at risk".
 */
public record Rhythm(
        Duration answerWindow, Duration reviewWait, Duration questionWait, int stallDays, int missedInRow) {

    public static final Rhythm DEFAULT =
            new Rhythm(Duration.ofHours(24), Duration.ofHours(48), Duration.ofHours(24), 5, 2);

    static final int MAX_WAIT_HOURS = 336;

    public Rhythm {
        hours("answer", answerWindow.toHours(), 168);
        hours("review", reviewWait.toHours(), MAX_WAIT_HOURS);
        hours("question", questionWait.toHours(), MAX_WAIT_HOURS);
        if (stallDays < 1 || stallDays > 60) {
            throw new Rejected(Text.builder()
                    .code("stall")
                    .plain(" is a number of days from 1 to 60, not " + stallDays + ".")
                    .build());
        }
        if (missedInRow < 1 || missedInRow > 10) {
            throw new Rejected(Text.builder()
                    .code("missed")
                    .plain(" is a number of check-ins in a row from 1 to 10, not " + missedInRow + ".")
                    .build());
        }
    }

    public String describe() {
        return "check-in answers within " + answerWindow.toHours() + " h · review reminder after "
                + reviewWait.toHours() + " h · question reminder after " + questionWait.toHours()
                + " h · at risk after " + Plural.of(stallDays, "idle day") + " or "
                + Plural.of(missedInRow, "missed check-in") + " in a row";
    }

    private static void hours(String name, long value, long max) {
        if (value < 1 || value > max) {
            throw new Rejected(Text.builder()
                    .code(name)
                    .plain(" is a number of hours from 1 to " + max + ", not " + value + ".")
                    .build());
        }
    }
}
