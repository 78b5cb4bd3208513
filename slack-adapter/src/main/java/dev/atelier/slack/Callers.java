package dev.atelier.slack;

import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the core's {@link Caller} from what a Slack payload says about the team, the user and the channel. */
final class Callers {

    /** Bots (Atelier itself, other apps, Slackbot) never take part in an internship or a cohort. */
    static final String BOTS_REFUSED = "⚠️ That is a bot. Bots cannot be interns, mentors or cohort members: "
            + "mention a person instead. Nothing was changed.";

    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");

    private final WorkspaceAdmins admins;

    Callers(WorkspaceAdmins admins) {
        this.admins = admins;
    }

    Caller of(String teamId, String teamDomain, String userId, String userName, String channelId) {
        CommunityRef community = new CommunityRef(Platform.SLACK, teamId, teamDomain);
        Actor actor = new Actor(new Member(userId, userName), admins.isAdmin(teamId, userId));
        return new Caller(community, actor, channelId == null || channelId.isBlank() ? null : channelId);
    }

    /** Whether the command line mentions ({@code <@U...>}) a bot of the workspace. */
    boolean mentionsABot(String teamId, String line) {
        Matcher mention = MENTION.matcher(line);
        while (mention.find()) {
            if (admins.isBot(teamId, mention.group(1))) {
                return true;
            }
        }
        return false;
    }
}
