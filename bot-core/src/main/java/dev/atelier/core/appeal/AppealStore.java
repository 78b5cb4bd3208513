package dev.atelier.core.appeal;

import java.util.List;
import java.util.Optional;

/** Port: appeals, one per contested decision, numbered per community. */
public interface AppealStore {

    long nextNumber(String communityId);

    /** Whether {@code decision} was appealed already (found by id; takes no number). */
    boolean appealed(String communityId, String decision);

    /** Stores a new appeal; false when that decision was appealed already (nothing stored). */
    boolean insert(Appeal appeal);

    /** Saves the appeal if nobody changed it since it was read (its version); otherwise ConcurrentChange. */
    void save(Appeal appeal);

    Optional<Appeal> find(String communityId, long number);

    /** The community's open appeals (not decided, or waiting for a second reviewer), oldest first. */
    List<Appeal> open(String communityId);
}
