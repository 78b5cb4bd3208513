package dev.atelier.core.checkin;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.shared.Rejected;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The check-ins of one internship: its schedule, when the next prompt is due ({@code nextDue}, null
 * when none), the latest prompt and how many prompts in a row went unanswered.
 */
public record Checkin(CommunityRef community, long internship, String internId, CheckinSchedule schedule,
                      Instant nextDue, Prompt prompt, int missedInRow, Long version) {

    /** How long an intern has to answer a prompt before it counts as missed. */
    public static final Duration ANSWER_WINDOW = Duration.ofHours(24);

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    public Checkin reschedule(CheckinSchedule newSchedule, Instant newNextDue) {
        return new Checkin(community, internship, internId, newSchedule, newNextDue, prompt, missedInRow, version);
    }

    /** A new prompt sent at {@code at}; the next one is due at {@code newNextDue}. */
    public Checkin prompted(Instant at, Instant newNextDue) {
        int missed = missedInRow + (prompt != null && prompt.open() ? 1 : 0);
        Prompt next = new Prompt(prompt == null ? 1 : prompt.number() + 1, at, null, false);
        return new Checkin(community, internship, internId, schedule, newNextDue, next, missed, version);
    }

    /** Records the answer to the latest prompt; answering again replaces the earlier answer. */
    public Checkin answer(Answer answer) {
        if (prompt == null) {
            throw new Rejected("There is no check-in to answer yet: the first prompt comes " + when() + ".");
        }
        if (prompt.missed()) {
            throw new Rejected("Check-in " + prompt.number() + " was missed: its " + ANSWER_WINDOW.toHours()
                    + " h passed. The next one comes " + when() + ".");
        }
        return new Checkin(community, internship, internId, schedule, nextDue,
                new Prompt(prompt.number(), prompt.sentAt(), answer, false), 0, version);
    }

    public boolean expired(Instant now) {
        return prompt != null && prompt.open() && !prompt.sentAt().plus(ANSWER_WINDOW).isAfter(now);
    }

    /** The open prompt marked missed. */
    public Checkin missed() {
        return new Checkin(community, internship, internId, schedule, nextDue,
                new Prompt(prompt.number(), prompt.sentAt(), null, true), missedInRow + 1, version);
    }

    private String when() {
        return nextDue == null ? "when your schedule next fires" : FORMAT.format(nextDue) + " UTC";
    }
}
