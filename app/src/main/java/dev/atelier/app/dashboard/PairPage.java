package dev.atelier.app.dashboard;

import java.util.List;

/**
 * One pair: who, what, progress and risk, the timeline, milestones, questions, the latest check-in and
 * every check-in answer (newest first), and logged hours against estimates (burn-up per milestone).
 */
record PairPage(
        PairRow pair,
        String cohort,
        String cohortHref,
        List<Event> timeline,
        List<MilestoneView> milestones,
        List<QuestionView> questions,
        CheckinView checkin,
        List<AnswerView> answers,
        Chart burndown,
        String eventsCsv,
        String hours,
        String medianReply,
        long overdue) {

    /** One check-in answer with its confidence from 1 to 5. */
    record AnswerView(int prompt, String at, String iso, String done, String blocks, String next, int confidence) {}

    /** A line of the timeline. */
    record Event(String at, String iso, String by, String what) {}

    /** A milestone with what was handed in and what reviewers said. */
    record MilestoneView(
            String label,
            String status,
            String due,
            boolean overdue,
            String criteria,
            List<Event> submissions,
            List<Event> reviews,
            String hours) {}

    /** A question, its state and how long it waited for a first reply. */
    record QuestionView(String label, String text, String status, String asked, String firstReply) {}

    /** The latest check-in: its schedule, missed prompts and the answer with its confidence (1 to 5). */
    record CheckinView(
            String schedule,
            String nextDue,
            int missedInRow,
            Integer prompt,
            String sent,
            String state,
            String done,
            String blocks,
            String next,
            Integer confidence,
            String answered) {}
}
