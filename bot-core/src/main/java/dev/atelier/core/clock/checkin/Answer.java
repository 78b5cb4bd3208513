package dev.atelier.core.clock.checkin;

import dev.atelier.core.shared.Rejected;
import java.time.Instant;

/** An intern's check-in answer: what got done, what blocks, what comes next, and a confidence from 1 to 5. */
public record Answer(String done, String blocks, String next, int confidence, Instant at) {

    public Answer {
        if (confidence < 1 || confidence > 5) {
            throw new Rejected("Confidence is a number from 1 (stuck) to 5 (on track), not " + confidence + ".");
        }
    }
}
