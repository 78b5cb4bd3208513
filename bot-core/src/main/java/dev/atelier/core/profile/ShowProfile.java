package dev.atelier.core.profile;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;

/** Shows a profile: members their own, moderators anyone's in their community. */
public final class ShowProfile {

    private final ProfileStore profiles;

    public ShowProfile(ProfileStore profiles) {
        this.profiles = profiles;
    }

    public Outcome execute(Requester r, Member whose) {
        Member member = whose == null ? r.member() : whose;
        boolean own = member.id().equals(r.memberId());
        if (!own && !r.moderator()) {
            throw new Rejected("You can see only your own profile; moderators see everyone's.");
        }
        Profile profile = profiles.find(r.communityId(), member.id()).orElse(Profile.empty(r.communityId(), member));
        String lead = own ? "Edit it with the buttons below, or `profile set`." : "";
        return Outcome.reply(ProfileView.of(profile, own, lead));
    }
}
