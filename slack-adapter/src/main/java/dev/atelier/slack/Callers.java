package dev.atelier.slack;

import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;

/** Builds the core's {@link Caller} from what a Slack payload says about the team, the user and the channel. */
final class Callers {

    private final WorkspaceAdmins admins;

    Callers(WorkspaceAdmins admins) {
        this.admins = admins;
    }

    Caller of(String teamId, String teamDomain, String userId, String userName, String channelId) {
        CommunityRef community = new CommunityRef(Platform.SLACK, teamId, teamDomain);
        Actor actor = new Actor(new Member(userId, userName), admins.isAdmin(userId));
        return new Caller(community, actor, channelId == null || channelId.isBlank() ? null : channelId);
    }
}
