package dev.atelier.core.archfixturecycle2;

import dev.atelier.core.archfixturecycle.one.NeedsTwo;

/** The other half of the cycle. */
public final class NeedsOne {

    public NeedsTwo other() {
        return new NeedsTwo();
    }
}
