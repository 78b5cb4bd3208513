package dev.atelier.core.workspace;

/** The platform could not create a workspace; the message says why in words a moderator can act on. */
public class WorkspaceUnavailableException extends RuntimeException {

    public WorkspaceUnavailableException(String message) {
        super(message);
    }

    public WorkspaceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
