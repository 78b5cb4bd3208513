package dev.atelier.core.dashboard;

import dev.atelier.core.dashboard.LoginLink.ModeratorGrant;
import java.time.Clock;

/**
 * Opens a login link: once, before it expires, and only while its member is still a moderator as far
 * as Atelier can tell (a member made moderator by the community's list must still be on it).
 */
public final class RedeemLoginLink {

    private final LoginLinkStore links;
    private final ModeratorList moderators;
    private final Clock clock;

    public RedeemLoginLink(LoginLinkStore links, ModeratorList moderators, Clock clock) {
        this.links = links;
        this.moderators = moderators;
        this.clock = clock;
    }

    public Redemption redeem(String token) {
        if (!LoginTokens.wellFormed(token)) {
            return new Redemption.Unknown();
        }
        Redemption result = links.redeem(LoginTokens.hash(token), clock.instant());
        if (result instanceof Redemption.Granted granted && !stillModerator(granted.link())) {
            return new Redemption.NotModerator();
        }
        return result;
    }

    /** Whether the member the link was issued to still moderates its community. */
    public boolean stillModerator(LoginLink link) {
        return link.grant() == ModeratorGrant.PLATFORM
                || moderators.lists(link.community().id(), link.moderator().id());
    }
}
