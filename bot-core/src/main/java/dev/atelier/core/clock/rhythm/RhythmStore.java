package dev.atelier.core.clock.rhythm;

/** Port: each community's rhythm; a community that set none has {@link Rhythm#DEFAULT}. */
public interface RhythmStore {

    Rhythm of(String communityId);

    void save(String communityId, Rhythm rhythm);
}
