package dev.atelier.core.clock.checkin;

/** The answer an intern gave to check-in prompt {@code prompt} (the latest version, when answered twice). */
public record AnsweredCheckin(int prompt, Answer answer) {}
