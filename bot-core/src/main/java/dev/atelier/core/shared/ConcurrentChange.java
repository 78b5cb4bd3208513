package dev.atelier.core.shared;

/** Someone else changed the same aggregate in between; the command may be retried from the start. */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(String message, Throwable cause) {
        super(message, cause);
    }
}
