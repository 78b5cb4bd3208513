package dev.atelier.core.dashboard;

import dev.atelier.core.dashboard.LoginLink.ModeratorGrant;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A moderator asks for the dashboard: a private, one-time login link valid for ten minutes. */
public final class IssueDashboardLink {

    public static final Duration VALID_FOR = Duration.ofMinutes(10);

    private final LoginLinkStore links;
    private final String publicUrl;
    private final Clock clock;

    public IssueDashboardLink(LoginLinkStore links, String publicUrl, Clock clock) {
        this.links = links;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.clock = clock;
    }

    public Outcome execute(Requester requester, boolean platformModerator) {
        if (!requester.moderator()) {
            throw new Rejected("Only moderators open the dashboard. Ask one of your community's moderators.");
        }
        Instant now = clock.instant();
        String token = LoginTokens.fresh();
        links.insert(
                LoginTokens.hash(token),
                new LoginLink(
                        requester.community(),
                        requester.member(),
                        platformModerator ? ModeratorGrant.PLATFORM : ModeratorGrant.COMMUNITY_LIST,
                        now,
                        now.plus(VALID_FOR)));
        return Outcome.reply(Message.privateReply(Text.builder()
                .plain("🔐 ")
                .link(
                        publicUrl + "/dashboard/login/" + token,
                        "Open the dashboard of " + requester.community().name())
                .plain(" (works once, for " + VALID_FOR.toMinutes() + " minutes; do not share it).")
                .build()));
    }
}
