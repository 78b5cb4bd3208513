package dev.atelier.core.pay;

/** One person's part of a statement: their role, the hours they logged and what they are paid, in minor units. */
public record Share(String role, String memberId, String memberName, int minutes, long minorUnits) {

    public Share {
        if (minorUnits < 0) {
            throw new IllegalArgumentException("a share cannot be negative");
        }
    }
}
