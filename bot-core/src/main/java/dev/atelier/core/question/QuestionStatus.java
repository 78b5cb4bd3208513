package dev.atelier.core.question;

/** Where a question stands: waiting for a first reply, answered, resolved, or reopened after resolving. */
public enum QuestionStatus {
    OPEN,
    ANSWERED,
    RESOLVED,
    REOPENED;

    /** Open and reopened questions wait for the mentor. */
    public boolean waiting() {
        return this == OPEN || this == REOPENED;
    }
}
