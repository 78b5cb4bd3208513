package dev.atelier.core.clock.checkin;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.shared.Rejected;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The check-ins of one internship: its schedule, when the next prompt is due ({@code nextDue}, null
 * when none), the latest prompt, how many prompts in a row went unanswered, and how many answers in a
 * row before the latest prompt gave confidence 1 ({@code lowBefore}).
 */
public record Checkin(
        CommunityRef community,
        long internship,
        String internId,
        CheckinSchedule schedule,
        Instant nextDue,
        Prompt prompt,
        int missedInRow,
        int lowBefore,
        Long version) {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    public Checkin reschedule(CheckinSchedule newSchedule, Instant newNextDue) {
        return new Checkin(
                community, internship, internId, newSchedule, newNextDue, prompt, missedInRow, lowBefore, version);
    }

    /** A new prompt sent at {@code at}; the next one is due at {@code newNextDue}. */
    public Checkin prompted(Instant at, Instant newNextDue) {
        int missed = missedInRow + (prompt != null && prompt.open() ? 1 : 0);
        Prompt next = new Prompt(prompt == null ? 1 : prompt.number() + 1, at, null, false);
        int low = prompt != null && prompt.open() ? 0 : lowConfidenceInRow();
        return new Checkin(community, internship, internId, schedule, newNextDue, next, missed, low, version);
    }

    /** Records the answer to the latest prompt; answering again replaces the earlier answer. */
    public Checkin answer(Answer answer) {
        requireAnswerable();
        return new Checkin(
                community,
                internship,
                internId,
                schedule,
                nextDue,
                new Prompt(prompt.number(), prompt.sentAt(), answer, false),
                0,
                lowBefore,
                version);
    }

    /** Throws unless the latest prompt can take an answer (or a new one): sent, and not missed. */
    public void requireAnswerable() {
        if (prompt == null) {
            throw new Rejected("There is no check-in to answer yet: the first prompt comes " + when() + ".");
        }
        if (prompt.missed()) {
            throw new Rejected("Check-in " + prompt.number() + " was missed: its answer window passed. The next "
                    + "one comes " + when() + ".");
        }
    }

    /**
     * How many answers in a row, up to the latest prompt, gave confidence 1. An open prompt does not
     * break the row yet; a missed one does.
     */
    public int lowConfidenceInRow() {
        if (prompt == null || prompt.open()) {
            return lowBefore;
        }
        return prompt.answer() != null && prompt.answer().confidence() == 1 ? lowBefore + 1 : 0;
    }

    /** The open prompt marked missed. */
    public Checkin missed() {
        return new Checkin(
                community,
                internship,
                internId,
                schedule,
                nextDue,
                new Prompt(prompt.number(), prompt.sentAt(), null, true),
                missedInRow + 1,
                lowBefore,
                version);
    }

    private String when() {
        return nextDue == null ? "when your schedule next fires" : FORMAT.format(nextDue) + " UTC";
    }
}
