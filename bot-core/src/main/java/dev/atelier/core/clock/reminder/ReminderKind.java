package dev.atelier.core.clock.reminder;

/** The reminders, by the kind their due items carry. */
public final class ReminderKind {

    public static final String DUE_SOON = "milestone-due-soon";
    public static final String OVERDUE = "milestone-overdue";
    public static final String REVIEW_WAIT = "review-wait";
    public static final String QUESTION_WAIT = "question-wait";

    private ReminderKind() {}
}
