package dev.atelier.core.archfixturecycle.one;

import dev.atelier.core.archfixturecycle2.NeedsOne;

/** One half of a cycle between two top-level packages of the core. */
public final class NeedsTwo {

    public NeedsOne other() {
        return new NeedsOne();
    }
}
