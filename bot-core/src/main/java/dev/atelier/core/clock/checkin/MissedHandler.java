package dev.atelier.core.clock.checkin;

import dev.atelier.core.away.Availability;
import dev.atelier.core.clock.duework.DueHandler;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.Handled;
import dev.atelier.core.clock.rhythm.RhythmStore;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Marks prompt {@code ref} missed when it is still unanswered after the community's answer window
 * (read when the check falls due, so a changed window applies to open prompts too). A prompt that expires
 * while the intern is away gets a full answer window again once they are back.
 */
public final class MissedHandler implements DueHandler {

    private final CheckinStore checkins;
    private final InternshipStore internships;
    private final RhythmStore rhythms;
    private final Availability away;

    public MissedHandler(CheckinStore checkins, InternshipStore internships, RhythmStore rhythms, Availability away) {
        this.checkins = checkins;
        this.internships = internships;
        this.rhythms = rhythms;
        this.away = away;
    }

    @Override
    public String kind() {
        return CheckinOccasions.MISSED;
    }

    @Override
    public Handled handle(DueItem item, Instant now) {
        Optional<Checkin> found = checkins.find(item.community().id(), item.internship());
        if (found.isEmpty()
                || found.get().prompt() == null
                || found.get().prompt().number() != item.ref()
                || !found.get().prompt().open()) {
            return Handled.obsolete();
        }
        Checkin c = found.get();
        Duration window = rhythms.of(item.community().id()).answerWindow();
        Instant expires = c.prompt().sentAt().plus(window);
        if (expires.isAfter(now)) {
            return Handled.deferTo(expires);
        }
        Instant back = away.backAt(item.community().id(), c.internId(), now);
        if (back.isAfter(now)) {
            return Handled.deferTo(back.plus(window));
        }
        checkins.save(c.missed());
        return internships
                .find(item.community().id(), item.internship())
                .filter(i -> i.status() == InternshipStatus.ACTIVE)
                .map(i -> Handled.send(
                        List.of(Notices.workspaceFor(i, notice(i, c), i.data().mentor()))))
                .orElseGet(Handled::recorded);
    }

    /** The mentor, who may follow up, hears of the missed check-in in the workspace. */
    private static Message notice(Internship i, Checkin c) {
        return Message.publicReply(Text.builder()
                        .plain("⏰ ")
                        .quiet(i.data().intern())
                        .plain(" missed check-in #" + c.prompt().number() + "; ")
                        .member(i.data().mentor())
                        .plain(", a word from you may help.")
                        .build())
                .withTitle(PromptCards.title(i, c.prompt().number()));
    }
}
