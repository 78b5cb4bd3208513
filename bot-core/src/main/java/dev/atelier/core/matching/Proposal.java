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
            String reasons) {}

    /** A member nobody was paired with, as {@code intern} or {@code mentor}, and the reason. */
    public record LeftOut(String memberId, String name, String role, String reason) {}
}
