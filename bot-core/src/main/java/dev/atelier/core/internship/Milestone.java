package dev.atelier.core.internship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A step of an internship with its acceptance criteria, due date, submissions and reviews. Immutable. */
public record Milestone(long number, String title, String criteria, LocalDate due, MilestoneStatus status,
                        List<Submission> submissions, List<Review> reviews) {

    public Milestone {
        submissions = List.copyOf(submissions);
        reviews = List.copyOf(reviews);
    }

    static Milestone planned(long number, String title, String criteria, LocalDate due, boolean proposed) {
        return new Milestone(number, title, criteria, due, proposed ? MilestoneStatus.PROPOSED : MilestoneStatus.PLANNED,
                List.of(), List.of());
    }

    public String label() {
        return "M" + number + " " + title;
    }

    Milestone withStatus(MilestoneStatus next) {
        return new Milestone(number, title, criteria, due, next, submissions, reviews);
    }

    Milestone withPlan(String newTitle, String newCriteria, LocalDate newDue) {
        return new Milestone(number, newTitle, newCriteria, newDue, status, submissions, reviews);
    }

    Milestone withSubmission(Submission submission) {
        List<Submission> more = new ArrayList<>(submissions);
        more.add(submission);
        return new Milestone(number, title, criteria, due, MilestoneStatus.SUBMITTED, more, reviews);
    }

    Milestone withReview(Review review) {
        List<Review> more = new ArrayList<>(reviews);
        more.add(review);
        MilestoneStatus next = review.verdict() == Verdict.APPROVE ? MilestoneStatus.APPROVED
                : MilestoneStatus.CHANGES_REQUESTED;
        return new Milestone(number, title, criteria, due, next, submissions, more);
    }

    public Submission latestSubmission() {
        return submissions.isEmpty() ? null : submissions.get(submissions.size() - 1);
    }

    public Review latestReview() {
        return reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
    }
}
