package dev.atelier.core.clock.checkin;

import dev.atelier.core.away.Availability;
import dev.atelier.core.clock.duework.DueHandler;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.Handled;
import dev.atelier.core.clock.rhythm.RhythmStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Marks prompt {@code ref} missed when it is still unanswered after the community's answer window
 * (read when the check falls due, so a changed window applies to open prompts too). A prompt that expires
 * while the intern is away gets a full answer window again once they are back.
 */
public final class MissedHandler implements DueHandler {

    private final CheckinStore checkins;
    private final RhythmStore rhythms;
    private final Availability away;

    public MissedHandler(CheckinStore checkins, RhythmStore rhythms, Availability away) {
        this.checkins = checkins;
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
        return Handled.recorded();
    }
}
