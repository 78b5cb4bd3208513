package dev.atelier.core.inbox;

/** Where a stored command is: waiting, applied (its reply stored with it), or answered (finished). */
public enum InboxState {
    PENDING,
    APPLIED,
    ANSWERED
}
