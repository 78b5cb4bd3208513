package dev.atelier.core.question;

/**
 * Where a question stands: waiting for a first reply, answered, resolved, reopened after resolving, or
 * closed with its internship (withdrawn or closed), when it leaves every queue.
 */
public enum QuestionStatus {
    OPEN,
    ANSWERED,
    RESOLVED,
    REOPENED,
    CLOSED;

    /** Open and reopened questions wait for the mentor. */
    public boolean waiting() {
        return this == OPEN || this == REOPENED;
    }
}
