package dev.atelier.core.appeal;

/** What the moderators decided: the decision stands, it changes, or a second reviewer looks at it first. */
public enum AppealOutcome {
    UPHOLD,
    CHANGE,
    SECOND
}
