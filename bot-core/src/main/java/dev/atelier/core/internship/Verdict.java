package dev.atelier.core.internship;

/** A review either approves a submission or asks for changes. */
public enum Verdict {
    APPROVE,
    CHANGES
}
