package dev.atelier.core.payout;

/** Where a completed internship's pay is: fixed at completion, approved by a moderator, paid. */
public enum PayState {
    PENDING,
    APPROVED,
    PAID;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
