package dev.atelier.core.internship;

import dev.atelier.core.community.Member;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The aggregate: an intern and a mentor working through milestones of one task. Stored and
 * changed as one document; every change checks who acts and whether the step is allowed now, and
 * adds a line to the timeline. {@code version} is the optimistic-locking version (null until stored).
 */
public final class Internship {

    public static final int MAX_MILESTONES = 25;

    private final InternshipData data;
    private final List<Milestone> milestones;
    private final List<TimelineEvent> timeline;
    private InternshipStatus status;
    private String workspaceChannelId;

    public Internship(InternshipData data, InternshipStatus status, String workspaceChannelId,
                      List<Milestone> milestones, List<TimelineEvent> timeline) {
        this.data = data;
        this.status = status;
        this.workspaceChannelId = workspaceChannelId;
        this.milestones = new ArrayList<>(milestones);
        this.timeline = new ArrayList<>(timeline);
    }

    public static Internship start(InternshipData data, Member by, Instant at) {
        if (data.intern().id().equals(data.mentor().id())) {
            throw new Rejected("The intern and the mentor must be two different people.");
        }
        Internship internship = new Internship(data, InternshipStatus.ACTIVE, null, List.of(), List.of());
        internship.record(at, by.id(), "started the internship: " + data.intern().mention() + " with mentor "
                + data.mentor().mention() + " on task #" + data.taskNumber());
        return internship;
    }

    public Milestone addMilestone(Requester by, long number, String title, String criteria, LocalDate due, Instant at) {
        requirePlanner(by, "plan milestones");
        return add(by, number, title, criteria, due, false, at);
    }

    public Milestone proposeMilestone(Requester by, long number, String title, String criteria, LocalDate due,
                                      Instant at) {
        if (!isIntern(by)) {
            throw new Rejected("Only the intern proposes milestones; the mentor adds them with `milestone add`.");
        }
        return add(by, number, title, criteria, due, true, at);
    }

    public Milestone confirmMilestone(Requester by, long number, Instant at) {
        requirePlanner(by, "confirm proposed milestones");
        Milestone m = milestone(number);
        if (m.status() != MilestoneStatus.PROPOSED) {
            throw new Rejected(m.label() + " is " + m.status().label() + ", not a proposal waiting for confirmation.");
        }
        return replace(m.withStatus(MilestoneStatus.PLANNED), by, at, "confirmed " + m.label());
    }

    public Milestone editMilestone(Requester by, long number, String title, String criteria, LocalDate due, Instant at) {
        requirePlanner(by, "edit milestones");
        Milestone m = milestone(number);
        requireNotFinal(m);
        Milestone edited = m.withPlan(title == null ? m.title() : title, criteria == null ? m.criteria() : criteria,
                due == null ? m.due() : due);
        return replace(edited, by, at, "edited " + edited.label());
    }

    public Milestone removeMilestone(Requester by, long number, Instant at) {
        requirePlanner(by, "remove milestones");
        Milestone m = milestone(number);
        requireNotFinal(m);
        if (!m.submissions().isEmpty()) {
            throw new Rejected(m.label() + " already has submissions, so it stays; edit it instead.");
        }
        milestones.remove(m);
        record(at, by.memberId(), "removed " + m.label());
        return m;
    }

    public Milestone startMilestone(Requester by, long number, Instant at) {
        requireIntern(by, "start milestones");
        Milestone m = milestone(number);
        if (m.status() != MilestoneStatus.PLANNED) {
            throw new Rejected(m.label() + " is " + m.status().label() + "; only a planned milestone can be started.");
        }
        return replace(m.withStatus(MilestoneStatus.IN_PROGRESS), by, at, "started " + m.label());
    }

    public Milestone submit(Requester by, long number, URI link, String notes, Instant at) {
        requireIntern(by, "submit work");
        Milestone m = milestone(number);
        switch (m.status()) {
            case PROPOSED -> throw new Rejected(m.label() + " is still a proposal; the mentor confirms it first.");
            case SUBMITTED -> throw new Rejected(m.label() + " is already waiting for review.");
            case APPROVED -> throw new Rejected(m.label() + " is approved; an approved milestone is final.");
            default -> {
            }
        }
        String verb = m.submissions().isEmpty() ? "submitted " : "resubmitted ";
        return replace(m.withSubmission(new Submission(link, notes, by.memberId(), at)), by, at, verb + m.label());
    }

    /** Throws unless {@code by} may review milestone {@code number} now. */
    public Milestone checkReviewable(Requester by, long number) {
        requireOpen();
        if (isIntern(by) || !(isMentor(by) || by.moderator())) {
            throw new Rejected("Only the mentor or a moderator reviews " + data.intern().mention() + "'s work.");
        }
        Milestone m = milestone(number);
        if (m.status() != MilestoneStatus.SUBMITTED) {
            String why = m.status() == MilestoneStatus.APPROVED ? " An approved milestone is final."
                    : " Only a submitted milestone can be reviewed.";
            throw new Rejected(m.label() + " is " + m.status().label() + "." + why);
        }
        return m;
    }

    public Milestone review(Requester by, long number, Verdict verdict, String feedback, Instant at) {
        Milestone m = checkReviewable(by, number);
        if (verdict == Verdict.CHANGES && (feedback == null || feedback.isBlank())) {
            throw new Rejected("Say what should change: requesting changes needs feedback.");
        }
        String what = verdict == Verdict.APPROVE ? "approved " : "requested changes on ";
        return replace(m.withReview(new Review(verdict, feedback, by.memberId(), at)), by, at, what + m.label());
    }

    public void complete(Requester by, Instant at) {
        requirePlanner(by, "complete the internship");
        if (milestones.isEmpty() || milestones.stream().anyMatch(m -> m.status() != MilestoneStatus.APPROVED)) {
            long open = milestones.stream().filter(m -> m.status() != MilestoneStatus.APPROVED).count();
            throw new Rejected(milestones.isEmpty() ? "An internship completes when its milestones are approved; "
                    + "it has none yet." : open + " milestone(s) are not approved yet, so it cannot complete.");
        }
        status = InternshipStatus.COMPLETED;
        record(at, by.memberId(), "completed the internship");
    }

    public void withdraw(Requester by, String reason, Instant at) {
        if (!by.moderator()) {
            throw new Rejected("Only a moderator withdraws an internship.");
        }
        requireOpen();
        status = InternshipStatus.WITHDRAWN;
        record(at, by.memberId(), "withdrew the internship" + (reason == null ? "" : ": " + reason));
    }

    public void attachWorkspace(String channelId) {
        this.workspaceChannelId = channelId;
    }

    public boolean isIntern(Requester r) {
        return data.intern().id().equals(r.memberId());
    }

    public boolean isMentor(Requester r) {
        return data.mentor().id().equals(r.memberId());
    }

    /** The intern, the mentor, or a moderator of the community may look at it. */
    public boolean visibleTo(Requester r) {
        return r.moderator() || isIntern(r) || isMentor(r);
    }

    public Optional<Milestone> findMilestone(long number) {
        return milestones.stream().filter(m -> m.number() == number).findFirst();
    }

    public Milestone milestone(long number) {
        return findMilestone(number).orElseThrow(() -> new Rejected("Milestone " + number + " is not part of internship #"
                + data.number() + "."));
    }

    public boolean allApproved() {
        return !milestones.isEmpty() && milestones.stream().allMatch(m -> m.status() == MilestoneStatus.APPROVED);
    }

    public InternshipData data() {
        return data;
    }

    public long number() {
        return data.number();
    }

    public InternshipStatus status() {
        return status;
    }

    public String workspaceChannelId() {
        return workspaceChannelId;
    }

    public List<Milestone> milestones() {
        return List.copyOf(milestones);
    }

    public List<TimelineEvent> timeline() {
        return List.copyOf(timeline);
    }

    private Milestone add(Requester by, long number, String title, String criteria, LocalDate due, boolean proposed,
                          Instant at) {
        requireOpen();
        if (milestones.size() >= MAX_MILESTONES) {
            throw new Rejected("An internship has at most " + MAX_MILESTONES + " milestones.");
        }
        Milestone m = Milestone.planned(number, title, criteria, due, proposed);
        milestones.add(m);
        record(at, by.memberId(), (proposed ? "proposed " : "added ") + m.label());
        return m;
    }

    private Milestone replace(Milestone changed, Requester by, Instant at, String what) {
        milestones.replaceAll(m -> m.number() == changed.number() ? changed : m);
        record(at, by.memberId(), what);
        return changed;
    }

    private void record(Instant at, String by, String what) {
        timeline.add(new TimelineEvent(at, by, what));
    }

    private void requireOpen() {
        switch (status) {
            case WITHDRAWN -> throw new Rejected("Internship #" + data.number() + " was withdrawn; it accepts nothing.");
            case COMPLETED -> throw new Rejected("Internship #" + data.number() + " is completed; it accepts nothing.");
            default -> {
            }
        }
    }

    private void requirePlanner(Requester by, String action) {
        requireOpen();
        if (!isMentor(by) && !by.moderator()) {
            throw new Rejected("Only the mentor or a moderator can " + action + " in internship #" + data.number() + ".");
        }
    }

    private void requireIntern(Requester by, String action) {
        requireOpen();
        if (!isIntern(by)) {
            throw new Rejected("Only the intern, " + data.intern().mention() + ", can " + action + " in internship #"
                    + data.number() + ".");
        }
    }

    private static void requireNotFinal(Milestone m) {
        if (m.status() == MilestoneStatus.APPROVED) {
            throw new Rejected(m.label() + " is approved; an approved milestone is final.");
        }
    }
}
