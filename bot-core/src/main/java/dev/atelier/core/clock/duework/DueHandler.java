package dev.atelier.core.clock.duework;

import java.time.Instant;

/** Handles the due items of one kind: decides whether the occasion still holds and what to send. */
public interface DueHandler {

    String kind();

    Handled handle(DueItem item, Instant now);
}
