package dev.atelier.core.clock.stall;

import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.rhythm.Rhythm;
import dev.atelier.core.shared.Plural;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Why a pair is at risk now, if it is: idle too long, check-ins missed in a row, or confidence 1 twice. */
public final class StallRule {

    private static final String MISSED_IN_A_ROW = " missed in a row";

    private StallRule() {}

    /** Whether {@code reason} is the count of missed check-ins (so a notice need not repeat it). */
    public static boolean countsMissedCheckins(String reason) {
        return reason != null && reason.endsWith(MISSED_IN_A_ROW);
    }

    public static Optional<String> reason(Rhythm rhythm, Instant lastActivity, Optional<Checkin> checkin, Instant now) {
        long idleDays = Duration.between(lastActivity, now).toDays();
        if (idleDays >= rhythm.stallDays()) {
            return Optional.of("no activity for " + Plural.of(idleDays, "day"));
        }
        int missed = checkin.map(Checkin::missedInRow).orElse(0);
        if (missed >= rhythm.missedInRow()) {
            return Optional.of(Plural.of(missed, "check-in") + MISSED_IN_A_ROW);
        }
        if (checkin.map(Checkin::lowConfidenceInRow).orElse(0) >= 2) {
            return Optional.of("confidence 1 in the last two check-ins");
        }
        return Optional.empty();
    }
}
