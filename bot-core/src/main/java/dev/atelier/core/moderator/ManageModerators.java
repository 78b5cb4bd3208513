package dev.atelier.core.moderator;

import dev.atelier.core.community.Community;
import dev.atelier.core.community.CommunityStore;
import dev.atelier.core.community.Member;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.util.stream.Collectors;

/** Moderators add or remove community moderators (on top of the platform's admins), and list them. */
public final class ManageModerators {

    private final CommunityStore communities;

    public ManageModerators(CommunityStore communities) {
        this.communities = communities;
    }

    public Outcome add(Requester requester, Member member) {
        boolean added = communities.addModerator(requester.communityId(), member.id());
        return Outcome.reply(Message.privateReply(
                added
                        ? "✅ " + member.mention() + " is now a moderator."
                        : member.mention() + " already is a moderator."));
    }

    public Outcome remove(Requester requester, Member member) {
        if (member.id().equals(requester.memberId())) {
            throw new Rejected("You cannot remove yourself; ask another moderator.");
        }
        boolean removed = communities.removeModerator(requester.communityId(), member.id());
        return Outcome.reply(Message.privateReply(
                removed
                        ? "✅ " + member.mention() + " is no longer a moderator."
                        : member.mention() + " was not on the moderator list (platform admins stay moderators)."));
    }

    public Outcome list(Requester requester) {
        Community community = communities.ensure(requester.community());
        String listed = community.moderatorIds().isEmpty()
                ? "nobody yet"
                : community.moderatorIds().stream()
                        .sorted()
                        .map(id -> "<@" + id + ">")
                        .collect(Collectors.joining(", "));
        return Outcome.reply(Message.privateReply("Moderators added here: " + listed + ". Platform admins ("
                + "Discord: Manage Server or the moderator role; Slack: workspace admins and owners) moderate too."));
    }
}
