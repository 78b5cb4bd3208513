package dev.atelier.core.outbox;

/** A lane this instance claimed: {@code token} identifies the claim; {@code pace} is the lane's send budget. */
public record LaneClaim(String lane, String token, Pace pace) {}
