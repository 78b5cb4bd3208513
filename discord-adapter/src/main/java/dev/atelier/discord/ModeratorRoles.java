package dev.atelier.discord;

import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.ModeratorChanges;
import dev.atelier.core.community.Platform;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRemoveEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberUpdateEvent;
import net.dv8tion.jda.api.events.role.update.RoleUpdatePermissionsEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the roles that moderate (Manage Server or Administrator, or the configured moderator role) when
 * the server changes them outside Atelier: a member given such a role hears moderator notices from then on
 * and every running workspace lets that role in; a member who lost their last one stops hearing them; a
 * role that gains Manage Server or Administrator is let into every running workspace, and one that loses
 * them is taken out (its overwrite made neutral; each change is a PUT of that one overwrite, so the others
 * stay as they are); a member who leaves the server stops hearing them. Member updates and departures reach
 * the bot only with Discord's privileged Server Members intent, which {@code atelier.discord.member-events}
 * asks for; role updates always do.
 */
final class ModeratorRoles {

    private static final Logger log = LoggerFactory.getLogger(ModeratorRoles.class);
    private static final Set<Permission> MODERATING = EnumSet.of(Permission.MANAGE_SERVER, Permission.ADMINISTRATOR);

    private final Supplier<AtelierBot> bot;
    private final Callers callers;
    private final String moderatorRole;
    private final Executor workers;

    ModeratorRoles(Supplier<AtelierBot> bot, Callers callers, String moderatorRole, Executor workers) {
        this.bot = bot;
        this.callers = callers;
        this.moderatorRole = moderatorRole;
        this.workers = workers;
    }

    void memberUpdated(GuildMemberUpdateEvent event) {
        Member member = event.getMember();
        if (member.getUser().isBot()) {
            return;
        }
        Guild guild = event.getGuild();
        boolean moderates = callers.isModerator(member);
        List<Role> roles = member.getRoles().stream().filter(this::moderating).toList();
        workers.execute(() -> {
            ModeratorChanges changes = bot.get().moderatorChanges();
            CommunityRef community = community(guild);
            changes.changed(community, member.getId(), moderates);
            if (!roles.isEmpty()) {
                for (TextChannel workspace : workspaces(guild, changes.workspaces(community))) {
                    roles.stream()
                            .filter(role -> workspace.getPermissionOverride(role) == null)
                            .forEach(role -> letIn(workspace, role));
                }
            }
        });
    }

    /** A member who left the server moderates it no more: moderator notices stop reaching them. */
    void memberLeft(GuildMemberRemoveEvent event) {
        if (event.getUser().isBot()) {
            return;
        }
        CommunityRef community = community(event.getGuild());
        String memberId = event.getUser().getId();
        workers.execute(() -> bot.get().moderatorChanges().changed(community, memberId, false));
    }

    void rolePermissionsChanged(RoleUpdatePermissionsEvent event) {
        Role role = event.getRole();
        if (role.isPublicRole() || role.isManaged() || configured(role)) {
            return;
        }
        boolean was = event.getOldPermissions().stream().anyMatch(MODERATING::contains);
        boolean is = event.getNewPermissions().stream().anyMatch(MODERATING::contains);
        if (was == is) {
            return;
        }
        Guild guild = event.getGuild();
        workers.execute(() -> {
            List<String> channels = bot.get().moderatorChanges().workspaces(community(guild));
            for (TextChannel workspace : workspaces(guild, channels)) {
                overwrite(workspace, role, is ? DiscordWorkspaceProvisioner.MEMBER_ALLOW : 0);
            }
        });
    }

    private boolean moderating(Role role) {
        return configured(role)
                || (!role.isPublicRole()
                        && !role.isManaged()
                        && role.getPermissions().stream().anyMatch(MODERATING::contains));
    }

    private boolean configured(Role role) {
        return moderatorRole != null
                && (role.getId().equals(moderatorRole) || role.getName().equalsIgnoreCase(moderatorRole));
    }

    private static void letIn(TextChannel workspace, Role role) {
        overwrite(workspace, role, DiscordWorkspaceProvisioner.MEMBER_ALLOW);
    }

    /** PUT of the role's one overwrite (the others stay as they are): the members' rights, or neutral. */
    private static void overwrite(TextChannel workspace, Role role, long allow) {
        workspace
                .upsertPermissionOverride(role)
                .setAllowed(allow)
                .setDenied(0)
                .queue(null, failure -> warn(workspace, failure));
    }

    private static List<TextChannel> workspaces(Guild guild, List<String> channelIds) {
        return channelIds.stream()
                .filter(id -> id.matches("\\d{1,20}"))
                .map(guild::getTextChannelById)
                .filter(Objects::nonNull)
                .toList();
    }

    private static CommunityRef community(Guild guild) {
        return new CommunityRef(Platform.DISCORD, guild.getId(), guild.getName());
    }

    private static void warn(TextChannel workspace, Throwable failure) {
        log.warn(
                "Could not update the moderators' overwrite of workspace {}: {}",
                workspace.getId(),
                failure.toString());
    }
}
