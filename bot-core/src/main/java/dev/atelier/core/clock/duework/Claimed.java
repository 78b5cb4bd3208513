package dev.atelier.core.clock.duework;

/** An item this instance claimed; {@code token} identifies the claim, so only its holder finishes or releases it. */
public record Claimed(DueItem item, String token) {}
