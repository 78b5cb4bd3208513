package dev.atelier.core.internship;

import java.net.URI;
import java.time.Instant;

/** Work the intern handed in for a milestone: a link and/or notes. */
public record Submission(URI link, String notes, String by, Instant at) {}
