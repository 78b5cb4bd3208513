package dev.atelier.core.shared;

/**
 * A request the domain refuses: bad input, a missing role, an action out of order. The message is
 * shown to the person as it is, so it says what went wrong and what to do instead. Nothing was
 * changed when this is thrown.
 */
public class Rejected extends RuntimeException {

    public Rejected(String message) {
        super(message, null, false, false);
    }
}
