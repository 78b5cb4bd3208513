package dev.atelier.core.command;

/**
 * Who may run a command at all. Per-internship roles (only the intern submits, only the mentor
 * or a moderator reviews) are decided by the use cases, which know the internship.
 */
public enum Access {
    EVERYONE,
    MODERATOR
}
