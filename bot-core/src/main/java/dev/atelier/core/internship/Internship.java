package dev.atelier.core.internship;

import dev.atelier.core.community.Member;
import dev.atelier.core.pay.PayStatement;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The aggregate: an intern and a mentor working through milestones of one task, stored and changed as one
 * document. Every change checks who acts ({@link Parties}) and whether the step is allowed now ({@link
 * Lifecycle}), changes its part ({@link Milestones}, {@link Timesheet}, the {@link Completion}) and adds a line to
 * the {@link Timeline}. The work itself (start, submit, review) and the ending are here; the plan ({@link
 * #planning()}), the hours ({@link #hoursLog()}), what follows completion ({@link #afterCompletion()}) and appeals
 * ({@link #onAppeal()}) are views over the same aggregate. {@code version} is the optimistic-locking version (null
 * until stored).
 */
public final class Internship {

    public static final int MAX_MILESTONES = 25;
    public static final int MAX_HOURS_ENTRIES = 500;

    private final InternshipData data;
    private final Parties parties;
    private final Lifecycle lifecycle;
    private final Milestones milestones;
    private final Timesheet timesheet;
    private final Timeline timeline;
    private String workspaceChannelId;

    public Internship(
            InternshipData data,
            InternshipStatus status,
            String workspaceChannelId,
            List<Milestone> milestones,
            List<TimelineEvent> timeline) {
        this(data, status, workspaceChannelId, milestones, timeline, List.of(), Completion.NONE);
    }

    public Internship(
            InternshipData data,
            InternshipStatus status,
            String workspaceChannelId,
            List<Milestone> milestones,
            List<TimelineEvent> timeline,
            List<HoursEntry> hours,
            Completion completion) {
        this.data = data;
        this.parties = new Parties(data);
        this.lifecycle = new Lifecycle(data.number(), status, completion);
        this.workspaceChannelId = workspaceChannelId;
        this.milestones = new Milestones(data.number(), milestones);
        this.timeline = new Timeline(timeline);
        this.timesheet = new Timesheet(data.number(), hours);
    }

    public static Internship start(InternshipData data, Member by, Instant at) {
        if (data.intern().id().equals(data.mentor().id())) {
            throw new Rejected("The intern and the mentor must be two different people.");
        }
        Internship internship = new Internship(data, InternshipStatus.ACTIVE, null, List.of(), List.of());
        internship.timeline.record(
                at,
                by.id(),
                "started the internship: " + data.intern().mention() + " with mentor "
                        + data.mentor().mention() + " on task #" + data.taskNumber());
        return internship;
    }

    /** Adding, proposing, confirming, editing and removing milestones. */
    public MilestonePlanning planning() {
        return new MilestonePlanning(this);
    }

    public Milestone startMilestone(Requester by, long number, Instant at) {
        requireIntern(by, "start milestones");
        Milestone started = milestones.get(number).started();
        return replace(started, by, at, "started " + started.label());
    }

    public Milestone submit(Requester by, long number, URI link, String notes, Instant at) {
        requireIntern(by, "submit work");
        Milestone m = milestones.get(number);
        String verb = m.submissions().isEmpty() ? "submitted " : "resubmitted ";
        return replace(m.submitted(new Submission(link, notes, by.memberId(), at)), by, at, verb + m.label());
    }

    /** Throws unless the internship still takes changes (not withdrawn, completed or closed). */
    public void checkOpen() {
        lifecycle.requireOpen();
    }

    /** Throws unless {@code by} may plan the internship now (its mentor or a moderator, while open). */
    public void checkPlanner(Requester by, String action) {
        requirePlanner(by, action);
    }

    /** Throws unless {@code by} is the intern of the internship, while open. */
    public void checkIntern(Requester by, String action) {
        requireIntern(by, action);
    }

    /** Throws unless {@code by} may hand in work for milestone {@code number} now. */
    public void checkSubmittable(Requester by, long number) {
        requireIntern(by, "submit work");
        milestones.get(number).requireSubmittable();
    }

    /** Throws unless {@code by} may review milestone {@code number} now. */
    public Milestone checkReviewable(Requester by, long number) {
        lifecycle.requireOpen();
        parties.requireReviewer(by);
        Milestone m = milestones.get(number);
        m.requireReviewable();
        return m;
    }

    public Milestone review(Requester by, long number, Verdict verdict, String feedback, Instant at) {
        Milestone m = checkReviewable(by, number);
        String what = verdict == Verdict.APPROVE ? "approved " : "requested changes on ";
        return replace(m.reviewed(new Review(verdict, feedback, by.memberId(), at)), by, at, what + m.label());
    }

    /** Records a step that happened outside the plan (such as an appeal) on the timeline both sides see. */
    public void recordStep(String by, String what, Instant at) {
        timeline.record(at, by, what);
    }

    /** What a moderator may change on appeal. */
    public OnAppeal onAppeal() {
        return new OnAppeal(this);
    }

    /** Throws unless {@code by} may complete the internship now: the mentor or a moderator, all approved. */
    public void checkCompletable(Requester by) {
        requirePlanner(by, "complete the internship");
        milestones.requireAllApproved();
    }

    /** Completes with the mentor's final review, the pay statement (null without a budget) and the credential. */
    public void complete(
            Requester by, FinalReview review, PayStatement statement, IssuedCredential credential, Instant at) {
        checkCompletable(by);
        record(at, by, lifecycle.complete(review, statement, credential));
    }

    /** A moderator ends an internship that will not complete; no credential is issued. */
    public void close(Requester by, String reason, Instant at) {
        end(by, Lifecycle.Ending.CLOSE, reason, at);
    }

    /** A moderator stops an internship; it then accepts nothing. */
    public void withdraw(Requester by, String reason, Instant at) {
        end(by, Lifecycle.Ending.WITHDRAW, reason, at);
    }

    /** What the intern and the moderators may do once it completed: rating, the credential's page. */
    public AfterCompletion afterCompletion() {
        return new AfterCompletion(this);
    }

    /** The hours the intern and the mentor log, while it is open. */
    public HoursLog hoursLog() {
        return new HoursLog(this);
    }

    public int minutesOf(String memberId) {
        return timesheet.minutesOf(memberId);
    }

    public void attachWorkspace(String channelId) {
        this.workspaceChannelId = channelId;
    }

    public boolean isIntern(Requester r) {
        return parties.isIntern(r);
    }

    public boolean isMentor(Requester r) {
        return parties.isMentor(r);
    }

    /** The intern, the mentor, or a moderator of the community may look at it. */
    public boolean visibleTo(Requester r) {
        return parties.visibleTo(r);
    }

    public Optional<Milestone> findMilestone(long number) {
        return milestones.find(number);
    }

    public Milestone milestone(long number) {
        return milestones.get(number);
    }

    public boolean allApproved() {
        return milestones.allApproved();
    }

    public InternshipData data() {
        return data;
    }

    public long number() {
        return data.number();
    }

    public InternshipStatus status() {
        return lifecycle.status();
    }

    public String workspaceChannelId() {
        return workspaceChannelId;
    }

    public List<Milestone> milestones() {
        return milestones.list();
    }

    public List<TimelineEvent> timeline() {
        return timeline.events();
    }

    public List<HoursEntry> hours() {
        return timesheet.entries();
    }

    public Completion completion() {
        return lifecycle.completion();
    }

    Lifecycle lifecycle() {
        return lifecycle;
    }

    Milestones plan() {
        return milestones;
    }

    Parties parties() {
        return parties;
    }

    Timesheet timesheet() {
        return timesheet;
    }

    private void end(Requester by, Lifecycle.Ending ending, String reason, Instant at) {
        Parties.require(by.moderator(), ending.refusal());
        record(at, by, lifecycle.end(ending, reason));
    }

    Milestone replace(Milestone changed, Requester by, Instant at, String what) {
        record(at, by, what);
        return milestones.replace(changed);
    }

    void record(Instant at, Requester by, String what) {
        timeline.record(at, by.memberId(), what);
    }

    void requirePlanner(Requester by, String action) {
        lifecycle.requireOpen();
        parties.requirePlanner(by, action);
    }

    private void requireIntern(Requester by, String action) {
        lifecycle.requireOpen();
        parties.requireIntern(by, action);
    }
}
