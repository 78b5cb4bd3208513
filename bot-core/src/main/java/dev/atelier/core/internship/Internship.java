package dev.atelier.core.internship;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Text;
import dev.atelier.core.pay.PayStatement;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The aggregate: an intern and a mentor working through milestones of one task. Stored and
 * changed as one document; every change checks who acts and whether the step is allowed now, and
 * adds a line to the timeline. {@code version} is the optimistic-locking version (null until stored).
 */
public final class Internship {

    public static final int MAX_MILESTONES = 25;
    public static final int MAX_HOURS_ENTRIES = 500;

    private final InternshipData data;
    private final List<Milestone> milestones;
    private final List<TimelineEvent> timeline;
    private final Timesheet timesheet;
    private InternshipStatus status;
    private String workspaceChannelId;
    private Completion completion;

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
        this.status = status;
        this.workspaceChannelId = workspaceChannelId;
        this.milestones = new ArrayList<>(milestones);
        this.timeline = new ArrayList<>(timeline);
        this.timesheet = new Timesheet(data.number(), hours);
        this.completion = completion == null ? Completion.NONE : completion;
    }

    public static Internship start(InternshipData data, Member by, Instant at) {
        if (data.intern().id().equals(data.mentor().id())) {
            throw new Rejected("The intern and the mentor must be two different people.");
        }
        Internship internship = new Internship(data, InternshipStatus.ACTIVE, null, List.of(), List.of());
        internship.record(
                at,
                by.id(),
                "started the internship: " + data.intern().mention() + " with mentor "
                        + data.mentor().mention() + " on task #" + data.taskNumber());
        return internship;
    }

    public Milestone addMilestone(Requester by, long number, String title, String criteria, LocalDate due, Instant at) {
        return addMilestone(by, () -> number, title, criteria, due, null, at);
    }

    /** With an estimate in hours (null: a share of the task's hours). */
    public Milestone addMilestone(
            Requester by, long number, String title, String criteria, LocalDate due, Integer estimate, Instant at) {
        return addMilestone(by, () -> number, title, criteria, due, estimate, at);
    }

    /**
     * Adds a milestone with an estimate in hours (null: a share of the task's hours); its number is drawn
     * only once the milestone is accepted, so a refusal uses none.
     */
    public Milestone addMilestone(
            Requester by,
            LongSupplier number,
            String title,
            String criteria,
            LocalDate due,
            Integer estimate,
            Instant at) {
        requirePlanner(by, "plan milestones");
        return add(by, number, title, criteria, due, estimate, false, at);
    }

    public Milestone proposeMilestone(
            Requester by, long number, String title, String criteria, LocalDate due, Instant at) {
        return proposeMilestone(by, () -> number, title, criteria, due, null, at);
    }

    /** With an estimate in hours (null: a share of the task's hours). */
    public Milestone proposeMilestone(
            Requester by, long number, String title, String criteria, LocalDate due, Integer estimate, Instant at) {
        return proposeMilestone(by, () -> number, title, criteria, due, estimate, at);
    }

    /**
     * Proposes a milestone with an estimate in hours (null: a share of the task's hours); its number is drawn
     * only once the proposal is accepted, so a refusal uses none.
     */
    public Milestone proposeMilestone(
            Requester by,
            LongSupplier number,
            String title,
            String criteria,
            LocalDate due,
            Integer estimate,
            Instant at) {
        if (!isIntern(by)) {
            throw new Rejected(Text.builder()
                    .plain("Only the intern proposes milestones; the mentor adds them with ")
                    .command(CommandHint.of("milestone add"))
                    .plain(".")
                    .build());
        }
        return add(by, number, title, criteria, due, estimate, true, at);
    }

    public Milestone confirmMilestone(Requester by, long number, Instant at) {
        requirePlanner(by, "confirm proposed milestones");
        Milestone confirmed = milestone(number).confirmed();
        return replace(confirmed, by, at, "confirmed " + confirmed.label());
    }

    public Milestone editMilestone(
            Requester by, long number, String title, String criteria, LocalDate due, Instant at) {
        return editMilestone(by, number, title, criteria, due, null, at);
    }

    /** With a new estimate in hours (null keeps the estimate). */
    public Milestone editMilestone(
            Requester by, long number, String title, String criteria, LocalDate due, Integer estimate, Instant at) {
        requirePlanner(by, "edit milestones");
        Milestone edited = milestone(number).edited(title, criteria, due, estimate);
        return replace(edited, by, at, "edited " + edited.label());
    }

    public Milestone removeMilestone(Requester by, long number, Instant at) {
        requirePlanner(by, "remove milestones");
        Milestone m = milestone(number);
        m.requireRemovable();
        milestones.remove(m);
        record(at, by.memberId(), "removed " + m.label());
        return m;
    }

    public Milestone startMilestone(Requester by, long number, Instant at) {
        requireIntern(by, "start milestones");
        Milestone started = milestone(number).started();
        return replace(started, by, at, "started " + started.label());
    }

    public Milestone submit(Requester by, long number, URI link, String notes, Instant at) {
        requireIntern(by, "submit work");
        Milestone m = milestone(number);
        String verb = m.submissions().isEmpty() ? "submitted " : "resubmitted ";
        return replace(m.submitted(new Submission(link, notes, by.memberId(), at)), by, at, verb + m.label());
    }

    /** Throws unless {@code by} may review milestone {@code number} now. */
    public Milestone checkReviewable(Requester by, long number) {
        requireOpen();
        if (isIntern(by) || !(isMentor(by) || by.moderator())) {
            throw new Rejected(Text.builder()
                    .plain("Only the mentor or a moderator reviews ")
                    .quiet(data.intern())
                    .plain("'s work.")
                    .build());
        }
        Milestone m = milestone(number);
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
        record(at, by, what);
    }

    /**
     * A moderator overturns a request for changes on appeal: the milestone is approved with their note as the
     * review.
     */
    public Milestone approveOnAppeal(Requester by, long number, String note, Instant at) {
        if (!by.moderator()) {
            throw new Rejected("Only a moderator decides appeals.");
        }
        requireOpen();
        Milestone m = milestone(number);
        if (m.status() != MilestoneStatus.CHANGES_REQUESTED) {
            throw new Rejected(
                    m.label() + " is " + m.status().label() + "; only a request for changes can be " + "overturned.");
        }
        return replace(
                m.approvedOnAppeal(new Review(Verdict.APPROVE, note, by.memberId(), at)),
                by,
                at,
                "approved " + m.label() + " on appeal");
    }

    /** A moderator changes a closing on appeal: the internship is active again, its closing reason cleared. */
    public void reopenOnAppeal(Requester by, String note, Instant at) {
        if (!by.moderator()) {
            throw new Rejected("Only a moderator decides appeals.");
        }
        if (status != InternshipStatus.CLOSED) {
            throw new Rejected("Internship #" + data.number() + " is "
                    + status.name().toLowerCase(Locale.ROOT) + "; only a closed internship reopens on appeal.");
        }
        status = InternshipStatus.ACTIVE;
        completion = Completion.NONE;
        record(at, by.memberId(), "reopened the internship on appeal: " + note);
    }

    /**
     * The final review with the score a moderator sets on appeal (the mentor's skills, strengths and endorsement
     * stay); {@link #rescoreOnAppeal} stores it.
     */
    public FinalReview rescoredOnAppeal(Requester by, int score) {
        if (!by.moderator()) {
            throw new Rejected("Only a moderator decides appeals.");
        }
        if (status != InternshipStatus.COMPLETED || completion.review() == null) {
            throw new Rejected("Internship #" + data.number() + " has no final score to change.");
        }
        FinalReview r = completion.review();
        return new FinalReview(score, r.skills(), r.strengths(), r.endorsement(), r.by(), r.at());
    }

    /** Stores the final review changed on appeal and, when one was re-issued, the new credential. */
    public void rescoreOnAppeal(Requester by, FinalReview review, IssuedCredential credential, Instant at) {
        int before = completion.review().score();
        completion = new Completion(
                review,
                completion.statement(),
                credential == null ? completion.credential() : credential,
                completion.rating(),
                completion.endReason());
        record(
                at,
                by.memberId(),
                "changed the final score on appeal from " + before + "/10 to " + review.score() + "/10"
                        + (credential == null ? "" : " and issued a new credential"));
    }

    /** Throws unless {@code by} may complete the internship now: the mentor or a moderator, every milestone approved. */
    public void checkCompletable(Requester by) {
        requirePlanner(by, "complete the internship");
        if (!allApproved()) {
            long open = milestones.stream()
                    .filter(m -> m.status() != MilestoneStatus.APPROVED)
                    .count();
            throw new Rejected(
                    milestones.isEmpty()
                            ? "An internship completes when its milestones are approved; " + "it has none yet."
                            : (open == 1 ? "1 milestone is" : open + " milestones are")
                                    + " not approved yet, so it cannot complete.");
        }
    }

    /** Completes with the mentor's final review, the pay statement (null without a budget) and the credential. */
    public void complete(
            Requester by, FinalReview review, PayStatement statement, IssuedCredential credential, Instant at) {
        checkCompletable(by);
        status = InternshipStatus.COMPLETED;
        completion = new Completion(review, statement, credential, null, null);
        record(at, by.memberId(), "completed the internship with a final review (score " + review.score() + "/10)");
    }

    /** A moderator ends an internship that will not complete; no credential is issued. */
    public void close(Requester by, String reason, Instant at) {
        end(
                by,
                reason,
                at,
                InternshipStatus.CLOSED,
                "closes an internship",
                "the internship closes",
                "close",
                "closed");
    }

    /** The intern rates the mentorship once, after completion. */
    public void rate(Requester by, MentorshipRating rating) {
        checkRatable(by);
        completion = completion.withRating(rating);
        record(rating.at(), by.memberId(), "rated the mentorship");
    }

    public void checkRatable(Requester by) {
        if (!isIntern(by)) {
            throw new Rejected(Text.builder()
                    .plain("Only the intern, ")
                    .quiet(data.intern())
                    .plain(", rates the mentorship.")
                    .build());
        }
        if (status != InternshipStatus.COMPLETED) {
            throw new Rejected("You can rate the mentorship once internship #" + data.number() + " is completed.");
        }
        if (completion.rating() != null) {
            throw new Rejected("You already rated this mentorship; thank you.");
        }
    }

    public IssuedCredential revokeCredential(Requester by, String reason, Instant at) {
        if (!by.moderator()) {
            throw new Rejected("Only a moderator revokes a credential.");
        }
        completion = completion.revokeCredential(data.number(), by.memberId(), reason, at);
        record(at, by.memberId(), "revoked the credential: " + reason);
        return completion.credential();
    }

    /** The intern chooses whether their credential's page shows the mentor's final score. */
    public void showScore(Requester by, boolean shown, Instant at) {
        if (!isIntern(by)) {
            throw new Rejected("Only the intern who holds the credential chooses whether its page shows the score.");
        }
        completion = completion.showScore(data.number(), shown);
        record(at, by.memberId(), (shown ? "shows" : "hides") + " the final score on the credential's page");
    }

    /** The intern or the mentor logs time on an open internship. */
    public HoursEntry logHours(Requester by, long number, int minutes, String note, Instant at) {
        return logHours(by, () -> number, minutes, note, at);
    }

    /** Logs hours; the entry's number is drawn only once the entry is accepted, so a refusal uses none. */
    public HoursEntry logHours(Requester by, LongSupplier number, int minutes, String note, Instant at) {
        requireOpen();
        if (!isIntern(by) && !isMentor(by)) {
            throw new Rejected("Only the intern and the mentor log hours in internship #" + data.number() + ".");
        }
        HoursEntry entry = new HoursEntry(number.getAsLong(), by.memberId(), minutes, note, at);
        record(at, by.memberId(), timesheet.log(entry));
        return entry;
    }

    /** The author or a moderator corrects an entry; {@code minutes} 0 removes it. Returns the entry as it was. */
    public HoursEntry correctHours(Requester by, long number, int minutes, String note, Instant at) {
        requireOpen();
        HoursEntry before = timesheet.entry(number);
        record(at, by.memberId(), timesheet.correct(by, number, minutes, note));
        return minutes == 0 ? before : timesheet.entry(number);
    }

    public int minutesOf(String memberId) {
        return timesheet.minutesOf(memberId);
    }

    /** A moderator stops an internship; it then accepts nothing. */
    public void withdraw(Requester by, String reason, Instant at) {
        end(
                by,
                reason,
                at,
                InternshipStatus.WITHDRAWN,
                "withdraws an internship",
                "the internship is withdrawn",
                "withdraw",
                "withdrew");
    }

    private void end(
            Requester by,
            String reason,
            Instant at,
            InternshipStatus ended,
            String onlyModerators,
            String why,
            String command,
            String done) {
        if (!by.moderator()) {
            throw new Rejected("Only a moderator " + onlyModerators + ".");
        }
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new Rejected(Text.builder()
                    .plain("Say why " + why + ": ")
                    .command(CommandHint.of("internship " + command)
                            .placeholder("internship")
                            .placeholder("reason"))
                    .plain(".")
                    .build());
        }
        status = ended;
        completion = new Completion(null, null, null, null, reason);
        record(at, by.memberId(), done + " the internship: " + reason);
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
        return findMilestone(number)
                .orElseThrow(() ->
                        new Rejected("Milestone " + number + " is not part of internship #" + data.number() + "."));
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

    public List<HoursEntry> hours() {
        return timesheet.entries();
    }

    public Completion completion() {
        return completion;
    }

    private Milestone add(
            Requester by,
            LongSupplier number,
            String title,
            String criteria,
            LocalDate due,
            Integer estimate,
            boolean proposed,
            Instant at) {
        requireOpen();
        if (milestones.size() >= MAX_MILESTONES) {
            throw new Rejected("An internship has at most " + MAX_MILESTONES + " milestones.");
        }
        Milestone m = Milestone.planned(number.getAsLong(), title, criteria, due, proposed, estimate);
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
            case WITHDRAWN ->
                throw new Rejected("Internship #" + data.number() + " was withdrawn; it accepts nothing.");
            case COMPLETED -> throw new Rejected("Internship #" + data.number() + " is completed; it accepts nothing.");
            case CLOSED -> throw new Rejected("Internship #" + data.number() + " was closed; it accepts nothing.");
            default -> {}
        }
    }

    private void requirePlanner(Requester by, String action) {
        requireOpen();
        if (!isMentor(by) && !by.moderator()) {
            throw new Rejected(
                    "Only the mentor or a moderator can " + action + " in internship #" + data.number() + ".");
        }
    }

    private void requireIntern(Requester by, String action) {
        requireOpen();
        if (!isIntern(by)) {
            throw new Rejected(Text.builder()
                    .plain("Only the intern, ")
                    .quiet(data.intern())
                    .plain(", can " + action + " in internship #" + data.number() + ".")
                    .build());
        }
    }
}
