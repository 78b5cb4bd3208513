package dev.atelier.core.profile;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.portfolio.Portfolio;
import dev.atelier.core.portfolio.PortfolioEntry;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows a profile: members their own, moderators anyone's in their community, with the member's
 * completed micro-internships from their portfolio.
 */
public final class ShowProfile {

    private static final int SHOWN_INTERNSHIPS = 3;

    private final ProfileStore profiles;
    private final Portfolio portfolio;

    public ShowProfile(ProfileStore profiles, Portfolio portfolio) {
        this.profiles = profiles;
        this.portfolio = portfolio;
    }

    public Outcome execute(Requester r, Member whose) {
        Member member = whose == null ? r.member() : whose;
        boolean own = member.id().equals(r.memberId());
        if (!own && !r.moderator()) {
            throw new Rejected("You can see only your own profile; moderators see everyone's.");
        }
        Profile profile = profiles.find(r.communityId(), member.id()).orElse(Profile.empty(r.communityId(), member));
        Text lead = own ? Text.of("Edit it with the buttons below.") : Text.empty();
        Message view = ProfileView.of(profile, own, lead);
        List<PortfolioEntry> done = portfolio.of(r.communityId(), member.id());
        if (done.isEmpty()) {
            return Outcome.reply(view);
        }
        List<Field> fields = new ArrayList<>(view.fields());
        fields.add(Field.wide("Completed micro-internships", completed(done)));
        return Outcome.reply(view.withFields(fields));
    }

    private static Text completed(List<PortfolioEntry> done) {
        Text.Builder text = Text.builder().plain(done.size() + ": ");
        boolean first = true;
        for (PortfolioEntry e : done.stream().limit(SHOWN_INTERNSHIPS).toList()) {
            text.plain(first ? "" : ", ")
                    .plain("#" + e.internship() + " ")
                    .user(e.task())
                    .plain(" (" + e.score() + "/10)");
            first = false;
        }
        if (done.size() > SHOWN_INTERNSHIPS) {
            text.plain(" and " + (done.size() - SHOWN_INTERNSHIPS) + " more");
        }
        return text.plain(". ")
                .command("portfolio")
                .plain(" lists them with their credentials.")
                .build();
    }
}
