package dev.atelier.core.clock.rhythm;

/** Port: each community's rhythm; a community that set none has {@link Rhythm#DEFAULT}. */
public interface RhythmStore {

    Rhythm of(String communityId);

    /**
     * Sets the parts {@code change} names in one atomic update, leaving the others as stored (or as the
     * default, for a community that set none), and returns the rhythm as it is stored now.
     */
    Rhythm change(String communityId, RhythmChange change);
}
