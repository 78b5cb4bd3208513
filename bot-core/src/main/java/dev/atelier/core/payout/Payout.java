package dev.atelier.core.payout;

import java.time.Instant;

/** The pay of one completed internship: its state, who approved and paid it and when, the payment reference. */
public record Payout(
        String communityId,
        long internship,
        PayState state,
        String approvedBy,
        Instant approvedAt,
        String paidBy,
        Instant paidAt,
        String reference) {

    public static Payout pending(String communityId, long internship) {
        return new Payout(communityId, internship, PayState.PENDING, null, null, null, null, null);
    }

    Payout approved(String by, Instant at) {
        return new Payout(communityId, internship, PayState.APPROVED, by, at, null, null, null);
    }

    Payout paid(String by, Instant at, String newReference) {
        return new Payout(communityId, internship, PayState.PAID, approvedBy, approvedAt, by, at, newReference);
    }
}
