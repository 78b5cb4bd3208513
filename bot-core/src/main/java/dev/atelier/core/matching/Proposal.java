package dev.atelier.core.matching;

import java.util.List;

/** The proposed pairs with their reasons, and everyone left out with why. Nobody is dropped silently. */
public record Proposal(List<Pair> pairs, List<LeftOut> leftOut, int totalScore) {

    public Proposal {
        pairs = List.copyOf(pairs);
        leftOut = List.copyOf(leftOut);
    }

    /** An intern with a mentor, and a task when one was open; {@code taskNumber} is 0 without a task. */
    public record Pair(
            String internId,
            String internName,
            String mentorId,
            String mentorName,
            long taskNumber,
            String taskTitle,
            int score,
            String reasons) {

        /** The intern with the mentor, on {@code task} when there is one (may be null). */
        public static Pair of(Candidate intern, Candidate mentor, OpenTask task, int score, String reasons) {
            return new Pair(
                    intern.id(),
                    intern.name(),
                    mentor.id(),
                    mentor.name(),
                    task == null ? 0 : task.number(),
                    task == null ? null : task.title(),
                    score,
                    reasons);
        }
    }

    /** A member nobody was paired with, as {@code intern} or {@code mentor}, and the reason. */
    public record LeftOut(String memberId, String name, String role, String reason) {}
}
