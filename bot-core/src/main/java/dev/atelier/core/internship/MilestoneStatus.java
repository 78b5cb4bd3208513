package dev.atelier.core.internship;

import java.util.Locale;

/**
 * A milestone's life: proposed by the intern (until the mentor confirms), planned, in progress,
 * submitted, changes requested (back to the intern), approved (final).
 */
public enum MilestoneStatus {
    PROPOSED,
    PLANNED,
    IN_PROGRESS,
    SUBMITTED,
    CHANGES_REQUESTED,
    APPROVED;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
