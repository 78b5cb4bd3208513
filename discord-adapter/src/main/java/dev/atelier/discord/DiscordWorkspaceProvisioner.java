package dev.atelier.discord;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.workspace.WorkspaceProvisioner;
import dev.atelier.core.workspace.WorkspaceRequest;
import dev.atelier.core.workspace.WorkspaceUnavailableException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.attribute.ICategorizableChannel;
import net.dv8tion.jda.api.entities.channel.concrete.Category;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.ChannelAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates an internship's private workspace: a text channel hidden from {@code @everyone} and
 * open to the intern, the mentor, the community's moderators, the moderator roles (every role with
 * Manage Server or Administrator, and the configured one) and Atelier itself, in the cohort channel's
 * category when it has one. A moderator added or removed later is given or loses access to the
 * existing workspaces. With shards, only the instance that holds the server's shard creates or changes its
 * workspaces (its commands run there); another instance refuses with a reason to try again, never as a server
 * Atelier left.
 */
final class DiscordWorkspaceProvisioner implements WorkspaceProvisioner {

    static final long MEMBER_ALLOW = Permission.getRaw(EnumSet.of(
            Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS,
            Permission.MESSAGE_HISTORY));
    static final long BOT_ALLOW = MEMBER_ALLOW
            | Permission.getRaw(EnumSet.of(
                    Permission.MESSAGE_EMBED_LINKS,
                    Permission.CREATE_PRIVATE_THREADS,
                    Permission.CREATE_PUBLIC_THREADS));
    static final long HIDDEN = Permission.VIEW_CHANNEL.getRawValue();
    static final String NEEDS_PERMISSIONS = "Atelier needs the Manage Channels and Manage Roles permissions "
            + "(and access to the cohort's category) to create private workspaces. Ask a server admin to grant them, "
            + "then try again.";

    private static final Logger log = LoggerFactory.getLogger(DiscordWorkspaceProvisioner.class);

    private final Supplier<Optional<JDA>> jda;
    private final String moderatorRole;

    DiscordWorkspaceProvisioner(Supplier<Optional<JDA>> jda, String moderatorRole) {
        this.jda = jda;
        this.moderatorRole = moderatorRole;
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public String create(CommunityRef community, WorkspaceRequest request) {
        JDA client = jda.get()
                .orElseThrow(() -> new WorkspaceUnavailableException(
                        "Atelier is not connected to Discord right now. Try again in a minute."));
        if (!ShardLookup.holds(client, community.externalId())) {
            // the channel is created through the shard that holds the server, on the instance that connects it
            throw new WorkspaceUnavailableException(ShardLookup.ELSEWHERE);
        }
        Guild guild = ShardLookup.guild(client, community.externalId());
        if (guild == null) {
            throw new WorkspaceUnavailableException(
                    "Atelier is no longer in this server, so it cannot create a " + "workspace here.");
        }
        try {
            ChannelAction<TextChannel> action = guild.createTextChannel(request.name(), category(guild, request))
                    .addRolePermissionOverride(guild.getPublicRole().getIdLong(), 0, HIDDEN)
                    .addMemberPermissionOverride(guild.getSelfMember().getIdLong(), BOT_ALLOW, 0);
            if (request.topic() != null && !request.topic().isBlank()) {
                action = action.setTopic(Text.truncate(request.topic(), TextChannel.MAX_TOPIC_LENGTH));
            }
            for (long member : members(request)) {
                action = action.addMemberPermissionOverride(member, MEMBER_ALLOW, 0);
            }
            Optional<Role> moderators = moderatorRole(guild);
            if (moderators.isPresent()) {
                action = action.addRolePermissionOverride(moderators.get().getIdLong(), MEMBER_ALLOW, 0);
            }
            for (Role role : moderatorRoles(guild)) {
                if (moderators.isEmpty() || role.getIdLong() != moderators.get().getIdLong()) {
                    action = action.addRolePermissionOverride(role.getIdLong(), MEMBER_ALLOW, 0);
                }
            }
            return action.complete().getId();
        } catch (PermissionException e) {
            throw new WorkspaceUnavailableException(NEEDS_PERMISSIONS, e);
        } catch (ErrorResponseException e) {
            throw new WorkspaceUnavailableException(refusal(e), e);
        } catch (RuntimeException e) {
            throw new WorkspaceUnavailableException(
                    "Discord could not create the workspace channel right now. " + "Try again in a minute.", e);
        }
    }

    private static String refusal(ErrorResponseException e) {
        if (e.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS
                || e.getErrorResponse() == ErrorResponse.MISSING_ACCESS) {
            return NEEDS_PERMISSIONS;
        }
        if (e.getErrorResponse() == ErrorResponse.MAX_CHANNELS) {
            return "This server has reached Discord's limit of 500 channels. Archive or delete old channels, then "
                    + "try again.";
        }
        return "Discord refused to create the workspace channel: " + e.getMeaning();
    }

    private static Category category(Guild guild, WorkspaceRequest request) {
        if (request.cohortChannelId() == null || !request.cohortChannelId().matches("\\d{1,20}")) {
            return null;
        }
        return guild.getGuildChannelById(request.cohortChannelId()) instanceof ICategorizableChannel channel
                ? channel.getParentCategory()
                : null;
    }

    private static Set<Long> members(WorkspaceRequest request) {
        Set<Long> ids = new LinkedHashSet<>();
        addId(ids, request.intern() == null ? null : request.intern().id());
        addId(ids, request.mentor() == null ? null : request.mentor().id());
        request.moderatorIds().forEach(id -> addId(ids, id));
        return ids;
    }

    private static void addId(Set<Long> ids, String id) {
        if (id != null && id.matches("\\d{1,20}")) {
            ids.add(Long.parseLong(id));
        }
    }

    /**
     * The roles whose members moderate: every role with Manage Server or Administrator (but the roles
     * Discord manages for bots and integrations) and the configured moderator role.
     */
    Set<Role> moderatorRoles(Guild guild) {
        Set<Role> roles = new LinkedHashSet<>();
        for (Role role : guild.getRoles()) {
            if (!role.isPublicRole()
                    && !role.isManaged()
                    && (role.hasPermission(Permission.MANAGE_SERVER) || role.hasPermission(Permission.ADMINISTRATOR))) {
                roles.add(role);
            }
        }
        moderatorRole(guild).ifPresent(roles::add);
        return roles;
    }

    /**
     * Sets the member's overwrite on each workspace (PUT of that one overwrite, so the others stay as they
     * are): the members' permissions for a new moderator, a neutral overwrite for a former one (who then
     * sees the workspace only through a moderator role, if they have one).
     */
    @Override
    public void moderatorChanged(
            CommunityRef community, List<String> workspaceChannelIds, String memberId, boolean moderator) {
        Guild guild = jda.get()
                .map(client -> ShardLookup.guild(client, community.externalId()))
                .orElse(null);
        if (guild == null || !memberId.matches("\\d{1,20}")) {
            return;
        }
        List<TextChannel> workspaces = workspaceChannelIds.stream()
                .filter(id -> id.matches("\\d{1,20}"))
                .map(guild::getTextChannelById)
                .filter(Objects::nonNull)
                .toList();
        if (workspaces.isEmpty()) {
            return;
        }
        long allow = moderator ? MEMBER_ALLOW : 0;
        guild.retrieveMemberById(memberId)
                .queue(
                        member -> workspaces.forEach(workspace -> workspace
                                .upsertPermissionOverride(member)
                                .setAllowed(allow)
                                .setDenied(0)
                                .queue(
                                        null,
                                        failure -> log.warn(
                                                "Could not update the moderator overwrite of workspace {}: {}",
                                                workspace.getId(),
                                                failure.toString()))),
                        failure -> log.warn(
                                "Could not find member {} to update {} workspace(s): {}",
                                memberId,
                                workspaces.size(),
                                failure.toString()));
    }

    private Optional<Role> moderatorRole(Guild guild) {
        if (moderatorRole == null) {
            return Optional.empty();
        }
        Role byId = moderatorRole.matches("\\d{1,20}") ? guild.getRoleById(moderatorRole) : null;
        return byId != null
                ? Optional.of(byId)
                : guild.getRolesByName(moderatorRole, true).stream().findFirst();
    }
}
