package dev.atelier.core.clock.visit;

/**
 * What the stores tell after saving an internship, one of its questions or its check-in: something changed
 * for that internship, so the clock visits it soon ({@link Visits}). Called after the write succeeded.
 */
@FunctionalInterface
public interface InternshipChanges {

    /** Nobody listens (stores used without the clock). */
    InternshipChanges NONE = (communityId, internship) -> {};

    void changed(String communityId, long internship);
}
