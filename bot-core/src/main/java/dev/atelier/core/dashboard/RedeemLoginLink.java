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
        return open(token, true);
    }

    /** What {@link #redeem} would give now, leaving the link unused (link previews fetch links; they must not use them). */
    public Redemption check(String token) {
        return open(token, false);
    }

    private Redemption open(String token, boolean use) {
        if (!LoginTokens.wellFormed(token)) {
            return new Redemption.Unknown();
        }
        String hash = LoginTokens.hash(token);
        Redemption result = use ? links.redeem(hash, clock.instant()) : links.peek(hash, clock.instant());
        if (result instanceof Redemption.Granted granted && !stillModerator(granted.link())) {
            return new Redemption.NotModerator();
        }
        return result;
    }

    /** Whether the member the link was issued to still moderates its community. */
    private boolean stillModerator(LoginLink link) {
        return stillModerator(link.community().id(), link.moderator().id(), link.grant());
    }

    /**
     * The check a dashboard repeats on every request. A platform moderator (role, admin) cannot be asked
     * of the platform from the web, so their session's expiry bounds it; a listed one must still be listed.
     */
    public boolean stillModerator(String communityId, String memberId, ModeratorGrant grant) {
        return grant == ModeratorGrant.PLATFORM || moderators.lists(communityId, memberId);
    }
}
