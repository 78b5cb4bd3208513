package dev.atelier.core.dashboard;

import java.time.Instant;

/** Port: issued login links, stored under the hash of their token, each redeemable once. */
public interface LoginLinkStore {

    void insert(String tokenHash, LoginLink link);

    /**
     * Marks the link used if it is unused and not expired at {@code now}, in one atomic step, so two
     * requests racing with the same token cannot both get in.
     */
    Redemption redeem(String tokenHash, Instant now);

    /** What redeeming would give at {@code now}, without using the link (for the page that asks to confirm). */
    Redemption peek(String tokenHash, Instant now);
}
