package dev.atelier.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.Permission;

/**
 * The link that adds Atelier to a server with the permissions it uses: reading and writing in
 * channels and threads, embeds, creating private workspaces (Manage Channels, plus Manage Roles for
 * their permission overrides) and private threads.
 */
final class InviteLink {

    static final EnumSet<Permission> NEEDED = EnumSet.of(
            Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS,
            Permission.MESSAGE_EMBED_LINKS,
            Permission.MESSAGE_HISTORY,
            Permission.MANAGE_CHANNEL,
            Permission.MANAGE_ROLES,
            Permission.CREATE_PRIVATE_THREADS,
            Permission.CREATE_PUBLIC_THREADS);

    private InviteLink() {}

    static String forApplication(String applicationId) {
        return "https://discord.com/oauth2/authorize?client_id=" + applicationId
                + "&scope=bot%20applications.commands&permissions=" + Permission.getRaw(NEEDED);
    }
}
