package dev.atelier.core.archfixture.newfeature;

import java.time.Clock;
import java.time.Instant;

/** Keeps every rule: plain Java and the injected clock. */
public final class PlainFeature {

    public Instant now(Clock clock) {
        return clock.instant();
    }
}
