package dev.atelier.core.moderator;

import dev.atelier.core.community.Community;
import dev.atelier.core.community.CommunityStore;
import dev.atelier.core.community.Member;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;

/** Moderators add or remove community moderators (on top of the platform's admins), and list them. */
public final class ManageModerators {

    private final CommunityStore communities;

    public ManageModerators(CommunityStore communities) {
        this.communities = communities;
    }

    public Outcome add(Requester requester, Member member) {
        boolean added = communities.addModerator(requester.communityId(), member.id());
        return Outcome.reply(Message.privateReply(Text.builder()
                .plain(added ? "✅ " : "")
                .quiet(member)
                .plain(added ? " is now a moderator." : " already is a moderator.")
                .build()));
    }

    public Outcome remove(Requester requester, Member member) {
        if (member.id().equals(requester.memberId())) {
            throw new Rejected("You cannot remove yourself; ask another moderator.");
        }
        boolean removed = communities.removeModerator(requester.communityId(), member.id());
        return Outcome.reply(Message.privateReply(Text.builder()
                .plain(removed ? "✅ " : "")
                .quiet(member)
                .plain(
                        removed
                                ? " is no longer a moderator."
                                : " was not on the moderator list (platform admins stay moderators).")
                .build()));
    }

    public Outcome list(Requester requester) {
        Community community = communities.ensure(requester.community());
        Text listed = community.moderatorIds().isEmpty()
                ? Text.of("No moderator has been added here yet.")
                : Text.builder()
                        .plain("Moderators added here: ")
                        .members(community.moderatorIds().stream().sorted().toList())
                        .plain(".")
                        .build();
        return Outcome.reply(Message.privateReply(Text.builder()
                .text(listed)
                .plain(" Platform admins (Discord: Manage Server or the moderator role; Slack: workspace admins and "
                        + "owners) moderate too.")
                .build()));
    }
}
