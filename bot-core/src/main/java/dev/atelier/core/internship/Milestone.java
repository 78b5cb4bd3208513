package dev.atelier.core.internship;

import dev.atelier.core.shared.Rejected;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A step of an internship with its acceptance criteria, due date, submissions and reviews.
 * Immutable; each transition checks the milestone's own state (who may act is the aggregate's
 * business) and returns the changed milestone.
 */
public record Milestone(
        long number,
        String title,
        String criteria,
        LocalDate due,
        MilestoneStatus status,
        List<Submission> submissions,
        List<Review> reviews,
        Integer estimateHours) {

    /** The most hours one milestone may be estimated at. */
    public static final int MAX_ESTIMATE = 500;

    public Milestone {
        submissions = List.copyOf(submissions);
        reviews = List.copyOf(reviews);
        if (estimateHours != null && (estimateHours < 1 || estimateHours > MAX_ESTIMATE)) {
            throw new Rejected("A milestone's estimate is between 1 and " + MAX_ESTIMATE + " hours.");
        }
    }

    /** Without an estimate of its own (it then gets a share of the task's hours). */
    public Milestone(
            long number,
            String title,
            String criteria,
            LocalDate due,
            MilestoneStatus status,
            List<Submission> submissions,
            List<Review> reviews) {
        this(number, title, criteria, due, status, submissions, reviews, null);
    }

    static Milestone planned(long number, MilestoneDraft draft, boolean proposed) {
        return new Milestone(
                number,
                draft.title(),
                draft.criteria(),
                draft.due(),
                proposed ? MilestoneStatus.PROPOSED : MilestoneStatus.PLANNED,
                List.of(),
                List.of(),
                draft.estimate());
    }

    Milestone confirmed() {
        if (status != MilestoneStatus.PROPOSED) {
            throw new Rejected(label() + " is " + status.label() + ", not a proposal waiting for confirmation.");
        }
        return withStatus(MilestoneStatus.PLANNED);
    }

    Milestone edited(String newTitle, String newCriteria, LocalDate newDue, Integer newEstimate) {
        requireNotFinal();
        return new Milestone(
                number,
                newTitle == null ? title : newTitle,
                newCriteria == null ? criteria : newCriteria,
                newDue == null ? due : newDue,
                status,
                submissions,
                reviews,
                newEstimate == null ? estimateHours : newEstimate);
    }

    void requireRemovable() {
        requireNotFinal();
        if (!submissions.isEmpty()) {
            throw new Rejected(label() + " already has submissions, so it stays; edit it instead.");
        }
    }

    Milestone started() {
        if (status != MilestoneStatus.PLANNED) {
            throw new Rejected(label() + " is " + status.label() + "; only a planned milestone can be started.");
        }
        return withStatus(MilestoneStatus.IN_PROGRESS);
    }

    Milestone submitted(Submission submission) {
        requireSubmittable();
        return withSubmission(submission);
    }

    /** Throws unless work can be handed in for this milestone now. */
    void requireSubmittable() {
        switch (status) {
            case PROPOSED -> throw new Rejected(label() + " is still a proposal; the mentor confirms it first.");
            case SUBMITTED -> throw new Rejected(label() + " is already waiting for review.");
            case APPROVED -> throw new Rejected(label() + " is approved; an approved milestone is final.");
            default -> {}
        }
    }

    void requireReviewable() {
        if (status != MilestoneStatus.SUBMITTED) {
            String why = status == MilestoneStatus.APPROVED
                    ? " An approved milestone is final."
                    : " Only a submitted milestone can be reviewed.";
            throw new Rejected(label() + " is " + status.label() + "." + why);
        }
    }

    Milestone reviewed(Review review) {
        requireReviewable();
        if (review.verdict() == Verdict.CHANGES
                && (review.feedback() == null || review.feedback().isBlank())) {
            throw new Rejected("Say what should change: requesting changes needs feedback.");
        }
        return withReview(review);
    }

    Milestone approvedOnAppeal(Review review) {
        return withReview(review);
    }

    private void requireNotFinal() {
        if (status == MilestoneStatus.APPROVED) {
            throw new Rejected(label() + " is approved; an approved milestone is final.");
        }
    }

    public String label() {
        return "M" + number + " " + title;
    }

    private Milestone withStatus(MilestoneStatus next) {
        return new Milestone(number, title, criteria, due, next, submissions, reviews, estimateHours);
    }

    private Milestone withSubmission(Submission submission) {
        List<Submission> more = new ArrayList<>(submissions);
        more.add(submission);
        return new Milestone(number, title, criteria, due, MilestoneStatus.SUBMITTED, more, reviews, estimateHours);
    }

    private Milestone withReview(Review review) {
        List<Review> more = new ArrayList<>(reviews);
        more.add(review);
        MilestoneStatus next =
                review.verdict() == Verdict.APPROVE ? MilestoneStatus.APPROVED : MilestoneStatus.CHANGES_REQUESTED;
        return new Milestone(number, title, criteria, due, next, submissions, more, estimateHours);
    }

    public Submission latestSubmission() {
        return submissions.isEmpty() ? null : submissions.get(submissions.size() - 1);
    }

    public Review latestReview() {
        return reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
    }
}
