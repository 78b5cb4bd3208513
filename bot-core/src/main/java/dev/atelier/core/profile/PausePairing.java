package dev.atelier.core.profile;

import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
        return Outcome.reply(Message.privateReply(Text.builder()
                        .plain("⏸️ Paused: you will not be paired until after " + until + ".")
                        .build())
                .withButtons(List.of(Button.of("End the pause", ButtonStyle.SECONDARY, "pause end"))));
    }

    public Outcome end(Requester r) {
        Profile p = profiles.find(r.communityId(), r.memberId()).orElse(Profile.empty(r.communityId(), r.member()));
        if (!p.pausedOn(LocalDate.now(clock))) {
            return Outcome.reply(Message.privateReply(Text.of("▶️ You are not paused; you can be paired.")));
        }
        profiles.save(p.pauseUntil(null, LocalDate.now(clock)));
        return Outcome.reply(Message.privateReply(Text.of("▶️ Pause ended: you can be paired again.")));
    }
}
