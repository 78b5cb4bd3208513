package dev.atelier.core.profile;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;

/** A member adds someone to, or removes them from, their "don't pair me with" list. Nobody else sees it. */
public final class ChangeDontPairList {

    private final ProfileStore profiles;

    public ChangeDontPairList(ProfileStore profiles) {
        this.profiles = profiles;
    }

    public Outcome avoid(Requester r, Member other) {
        save(r, other, true);
        return Outcome.reply(Message.privateReply(Text.builder()
                .plain("🚫 You will not be paired with ")
                .quiet(other)
                .plain(". Only you (and moderators) can see this list.")
                .build()));
    }

    public Outcome allow(Requester r, Member other) {
        save(r, other, false);
        return Outcome.reply(Message.privateReply(Text.builder()
                .plain("✅ ")
                .quiet(other)
                .plain(" is off your don't-pair list.")
                .build()));
    }

    private void save(Requester r, Member other, boolean add) {
        Profile p = profiles.find(r.communityId(), r.memberId()).orElse(Profile.empty(r.communityId(), r.member()));
        profiles.save(p.avoiding(other.id(), add));
    }
}
