package dev.atelier.core.outbox;

import java.time.Instant;

/** A lane's token bucket as stored with it: {@code tokens} left at {@code at}. Null for a lane that never sent. */
public record Pace(double tokens, Instant at) {}
