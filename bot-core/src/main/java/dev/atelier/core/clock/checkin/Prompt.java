package dev.atelier.core.clock.checkin;

import java.time.Instant;

/** One check-in prompt sent at {@code sentAt}: unanswered, answered (the latest answer) or missed. */
public record Prompt(int number, Instant sentAt, Answer answer, boolean missed) {

    public boolean open() {
        return answer == null && !missed;
    }
}
