package dev.atelier.core.clock.stall;

import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.rhythm.Rhythm;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Why a pair is at risk now, if it is: idle too long, check-ins missed in a row, or confidence 1 twice. */
public final class StallRule {

    private StallRule() {}

    public static Optional<String> reason(Rhythm rhythm, Instant lastActivity, Optional<Checkin> checkin, Instant now) {
        long idleDays = Duration.between(lastActivity, now).toDays();
        if (idleDays >= rhythm.stallDays()) {
            return Optional.of("no activity for " + idleDays + " days");
        }
        int missed = checkin.map(Checkin::missedInRow).orElse(0);
        if (missed >= rhythm.missedInRow()) {
            return Optional.of(missed + " check-ins missed in a row");
        }
        if (checkin.map(Checkin::lowConfidenceInRow).orElse(0) >= 2) {
            return Optional.of("confidence 1 in the last two check-ins");
        }
        return Optional.empty();
    }
}
