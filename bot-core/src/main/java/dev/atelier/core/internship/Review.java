package dev.atelier.core.internship;

import java.time.Instant;

/** A mentor's (or moderator's) verdict on the latest submission of a milestone. */
public record Review(Verdict verdict, String feedback, String by, Instant at) {}
