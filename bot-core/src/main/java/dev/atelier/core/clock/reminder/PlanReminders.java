package dev.atelier.core.clock.reminder;

import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.clock.rhythm.Rhythm;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the reminder occasions of one active internship that have come (the community's waits read
 * now) and plans each as due work. An occasion's key names the milestone and its due date, the
 * submission time or the question, so planning it again on every sweep sends nothing twice, while a
 * changed due date or a new submission is a new occasion.
 */
public final class PlanReminders {

    static final Duration DUE_SOON = Duration.ofHours(24);
    private static final Set<MilestoneStatus> OPEN_WORK =
            Set.of(MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS, MilestoneStatus.CHANGES_REQUESTED);

    private final DueWork work;

    public PlanReminders(DueWork work) {
        this.work = work;
    }

    /** Returns how many new occasions were planned. */
    public int plan(
            CommunityRef community,
            Internship i,
            List<Question> questions,
            Rhythm rhythm,
            ZoneId internZone,
            Instant now) {
        List<DueItem> items = new ArrayList<>();
        String intern = i.data().intern().id();
        String mentor = i.data().mentor().id();
        for (Milestone m : i.milestones()) {
            if (m.due() != null && OPEN_WORK.contains(m.status())) {
                Instant end = Deadlines.endOf(m.due(), internZone);
                String date = m.due().toString();
                if (!now.isBefore(end)) {
                    items.add(DueItem.of(ReminderKind.OVERDUE, community, i.number(), m.number(), date, intern, end));
                    items.add(DueItem.of(ReminderKind.OVERDUE, community, i.number(), m.number(), date, mentor, end));
                } else if (!now.isBefore(end.minus(DUE_SOON))) {
                    items.add(DueItem.of(
                            ReminderKind.DUE_SOON,
                            community,
                            i.number(),
                            m.number(),
                            date,
                            intern,
                            end.minus(DUE_SOON)));
                }
            }
            if (m.status() == MilestoneStatus.SUBMITTED && m.latestSubmission() != null) {
                Instant waitsUntil = m.latestSubmission().at().plus(rhythm.reviewWait());
                if (!now.isBefore(waitsUntil)) {
                    items.add(DueItem.of(
                            ReminderKind.REVIEW_WAIT,
                            community,
                            i.number(),
                            m.number(),
                            m.latestSubmission().at().toString(),
                            mentor,
                            waitsUntil));
                }
            }
        }
        for (Question q : questions) {
            Instant waitsUntil = q.data().askedAt().plus(rhythm.questionWait());
            if (q.status() == QuestionStatus.OPEN && q.firstReplyAt() == null && !now.isBefore(waitsUntil)) {
                items.add(DueItem.of(
                        ReminderKind.QUESTION_WAIT, community, i.number(), q.number(), "", mentor, waitsUntil));
            }
        }
        return (int) items.stream().filter(work::plan).count();
    }

    /**
     * The earliest moment after {@code now} at which one of the internship's reminder occasions comes (a
     * due date's eve or end, a review's or a question's wait running out), if any is ahead.
     */
    public static Optional<Instant> nextOccasion(
            Internship i, List<Question> questions, Rhythm rhythm, ZoneId internZone, Instant now) {
        List<Instant> ahead = new ArrayList<>();
        for (Milestone m : i.milestones()) {
            if (m.due() != null && OPEN_WORK.contains(m.status())) {
                Instant end = Deadlines.endOf(m.due(), internZone);
                ahead.add(end.minus(DUE_SOON));
                ahead.add(end);
            }
            if (m.status() == MilestoneStatus.SUBMITTED && m.latestSubmission() != null) {
                ahead.add(m.latestSubmission().at().plus(rhythm.reviewWait()));
            }
        }
        for (Question q : questions) {
            if (q.status() == QuestionStatus.OPEN && q.firstReplyAt() == null) {
                ahead.add(q.data().askedAt().plus(rhythm.questionWait()));
            }
        }
        return ahead.stream().filter(now::isBefore).min(Instant::compareTo);
    }
}
