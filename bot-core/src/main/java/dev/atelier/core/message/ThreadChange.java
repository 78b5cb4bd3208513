package dev.atelier.core.message;

/**
 * What happens to the thread started from a living message when it is edited: its new plain-text
 * {@code name} and whether it is archived (a resolved question's thread closes; reopening opens it).
 */
public record ThreadChange(String name, boolean archived) {}
