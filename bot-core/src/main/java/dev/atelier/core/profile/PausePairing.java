package dev.atelier.core.profile;

import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.time.LocalDate;

/** A member pauses being paired until a date (inclusive), or ends the pause. */
public final class PausePairing {

    private final ProfileStore profiles;
    private final Clock clock;

    public PausePairing(ProfileStore profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    public Outcome until(Requester r, LocalDate until) {
        LocalDate today = LocalDate.now(clock);
        Profile p = profiles.find(r.communityId(), r.memberId()).orElse(Profile.empty(r.communityId(), r.member()));
        profiles.save(p.pauseUntil(until, today));
        return Outcome.reply(Message.privateReply(
                "⏸️ Paused: you will not be paired until after " + until + ". End it early with `pause end`."));
    }

    public Outcome end(Requester r) {
        Profile p = profiles.find(r.communityId(), r.memberId()).orElse(Profile.empty(r.communityId(), r.member()));
        if (!p.pausedOn(LocalDate.now(clock))) {
            return Outcome.reply(Message.privateReply("▶️ You are not paused; you can be paired."));
        }
        profiles.save(p.pauseUntil(null, LocalDate.now(clock)));
        return Outcome.reply(Message.privateReply("▶️ Pause ended: you can be paired again."));
    }
}
