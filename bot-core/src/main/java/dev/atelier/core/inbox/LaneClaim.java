package dev.atelier.core.inbox;

/** A lane this instance holds; {@code token} identifies the claim, so only its holder renews or releases it. */
public record LaneClaim(String lane, String token) {}
