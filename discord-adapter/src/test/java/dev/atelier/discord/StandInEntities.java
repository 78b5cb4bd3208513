package dev.atelier.discord;

import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Discord's JSON for the entities {@link DiscordStandIn} serves, shaped as in Discord's API
 * documentation (users, members, roles, channels, threads, messages).
 */
final class StandInEntities {

    static final String JOINED = "2024-01-01T00:00:00.000000+00:00";
    static final long EVERYONE_PERMISSIONS = Permission.getRaw(
            Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND,
            Permission.MESSAGE_HISTORY,
            Permission.USE_APPLICATION_COMMANDS,
            Permission.MESSAGE_SEND_IN_THREADS);

    private StandInEntities() {}

    static DataObject user(String id, String name, boolean bot) {
        return DataObject.empty()
                .put("id", id)
                .put("username", name)
                .put("global_name", name)
                .put("discriminator", "0")
                .put("avatar", null)
                .put("bot", bot)
                .put("public_flags", 0);
    }

    static DataObject member(DataObject user, List<String> roles, long permissions) {
        return DataObject.empty()
                .put("user", user)
                .put("roles", DataArray.fromCollection(roles))
                .put("joined_at", JOINED)
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("nick", null)
                .put("avatar", null)
                .put("premium_since", null)
                .put("pending", false)
                .put("communication_disabled_until", null)
                .put("permissions", Long.toString(permissions));
    }

    static DataObject role(String id, String name, long permissions, int position) {
        return DataObject.empty()
                .put("id", id)
                .put("name", name)
                .put("permissions", Long.toString(permissions))
                .put("position", position)
                .put("color", 0)
                .put(
                        "colors",
                        DataObject.empty()
                                .put("primary_color", 0)
                                .put("secondary_color", null)
                                .put("tertiary_color", null))
                .put("hoist", false)
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0)
                .put("icon", null)
                .put("unicode_emoji", null);
    }

    static DataObject category(String id, String guildId, String name) {
        return DataObject.empty()
                .put("id", id)
                .put("guild_id", guildId)
                .put("type", 4)
                .put("name", name)
                .put("position", 0)
                .put("parent_id", null)
                .put("permission_overwrites", DataArray.empty())
                .put("flags", 0);
    }

    static DataObject textChannel(String id, String guildId, String name, String parentId, DataArray overwrites) {
        return DataObject.empty()
                .put("id", id)
                .put("guild_id", guildId)
                .put("type", 0)
                .put("name", name)
                .put("position", 1)
                .put("parent_id", parentId)
                .put("topic", null)
                .put("nsfw", false)
                .put("rate_limit_per_user", 0)
                .put("last_message_id", null)
                .put("flags", 0)
                .put("permission_overwrites", overwrites);
    }

    static DataObject thread(String id, String guildId, String parentId, String name, String ownerId) {
        return DataObject.empty()
                .put("id", id)
                .put("guild_id", guildId)
                .put("parent_id", parentId)
                .put("type", 11)
                .put("name", name)
                .put("owner_id", ownerId)
                .put("member_count", 1)
                .put("message_count", 0)
                .put("total_message_sent", 0)
                .put("rate_limit_per_user", 0)
                .put("flags", 0)
                .put("last_message_id", null)
                .put(
                        "thread_metadata",
                        DataObject.empty()
                                .put("archived", false)
                                .put("auto_archive_duration", 1440)
                                .put("archive_timestamp", JOINED)
                                .put("locked", false)
                                .put("create_timestamp", JOINED));
    }

    static DataObject directChannel(String id, DataObject recipient) {
        return DataObject.empty()
                .put("id", id)
                .put("type", 1)
                .put("last_message_id", null)
                .put("flags", 0)
                .put("recipients", DataArray.empty().add(recipient));
    }

    /** A message as Discord returns it, from the fields a request sent (content, embeds, components, flags). */
    static DataObject message(String id, String channelId, DataObject author, DataObject request) {
        return DataObject.empty()
                .put("id", id)
                .put("type", 0)
                .put("channel_id", channelId)
                .put("author", author)
                .put("content", request.getString("content", ""))
                .put("timestamp", JOINED)
                .put("edited_timestamp", null)
                .put("tts", false)
                .put("mention_everyone", false)
                .put("mentions", DataArray.empty())
                .put("mention_roles", DataArray.empty())
                .put("attachments", DataArray.empty())
                .put("pinned", false)
                .put("embeds", request.optArray("embeds").orElseGet(DataArray::empty))
                .put("components", request.optArray("components").orElseGet(DataArray::empty))
                .put("flags", request.getInt("flags", 0));
    }
}
