package dev.atelier.core.credential;

import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Port: the revocation status lists of each community. Indexes are drawn at random, never twice in
 * a list; a list takes new credentials until half its entries are used, then the next list opens.
 */
public interface StatusLists {

    /** A fresh, unused index in the community's open list, drawn with {@code random}. */
    StatusSlot assign(String communityId, RandomGenerator random);

    /** Sets the slot's bit: the credential there is revoked. */
    void revoke(StatusSlot slot);

    /** A list: its community and the indexes revoked in it; empty when no such list exists. */
    Optional<StatusList> find(String listId);

    record StatusList(String id, String communityId, Set<Integer> revoked) {

        public StatusList {
            revoked = Set.copyOf(revoked);
        }
    }
}
