package dev.atelier.core.rights;

import java.time.Instant;
import java.util.Optional;

/** Port: data-export links, stored under the SHA-256 of their token, each redeemable once. */
public interface DataLinkStore {

    void insert(String tokenHash, DataLink link);

    /** Marks the link used if it is unused and unexpired at {@code now}, in one atomic step. */
    Optional<DataLink> redeem(String tokenHash, Instant now);

    /** The link if it could be redeemed at {@code now}, without using it (for the page that asks to confirm). */
    Optional<DataLink> peek(String tokenHash, Instant now);
}
