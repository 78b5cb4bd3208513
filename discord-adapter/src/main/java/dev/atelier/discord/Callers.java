package dev.atelier.discord;

import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.Interaction;

/**
 * Who acts in an interaction, as the core sees it: the guild is the community, the member the
 * actor. A member moderates on the platform when they have Manage Server or the configured
 * moderator role (by name or id). Empty outside a guild: Atelier works in servers only (buttons in
 * DMs find their guild through their ids, see {@link InteractionRoute}).
 */
final class Callers {

    static final String SERVER_ONLY = ":information_source: Atelier works in a server: run its commands in a "
            + "channel of a server where Atelier is installed.";

    private final String moderatorRole;

    Callers(String moderatorRole) {
        this.moderatorRole = moderatorRole;
    }

    Optional<Caller> of(Interaction interaction) {
        Guild guild = interaction.getGuild();
        Member member = interaction.getMember();
        if (guild == null || member == null) {
            return Optional.empty();
        }
        return Optional.of(of(guild, member, interaction.getChannelId()));
    }

    /** {@code member} of {@code guild} acting in {@code channelId} (a channel of the guild, or a DM). */
    Caller of(Guild guild, Member member, String channelId) {
        CommunityRef community = new CommunityRef(Platform.DISCORD, guild.getId(), guild.getName());
        dev.atelier.core.community.Member who =
                new dev.atelier.core.community.Member(member.getId(), member.getEffectiveName());
        return new Caller(community, new Actor(who, isModerator(member)), channelId);
    }

    boolean isModerator(Member member) {
        if (member.hasPermission(Permission.MANAGE_SERVER)) {
            return true;
        }
        return moderatorRole != null
                && member.getRoles().stream()
                        .anyMatch(role -> role.getId().equals(moderatorRole)
                                || role.getName().equalsIgnoreCase(moderatorRole));
    }
}
