package dev.atelier.core.dashboard;

/** What redeeming a login link gave: the link, or why not. */
public sealed interface Redemption {

    /** The link was valid: it is now used. */
    record Granted(LoginLink link) implements Redemption {}

    /** No link has this token. */
    record Unknown() implements Redemption {}

    /** The link was already used. */
    record Used() implements Redemption {}

    /** The link's ten minutes passed. */
    record Expired() implements Redemption {}

    /** The link was valid, but its moderator is no longer one. */
    record NotModerator() implements Redemption {}
}
