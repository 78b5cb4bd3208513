package dev.atelier.core.internship;

import java.time.Instant;

/** One line of an internship's history: who did what, when. */
public record TimelineEvent(Instant at, String by, String what) {}
