package dev.atelier.discord;

import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.MiscUtil;

/**
 * Finds a guild, or a channel of a guild, on whichever of this instance's shards holds it. The adapter
 * passes one client around (the only one, or one shard of a {@link ShardManager}); a shard's own cache
 * holds only its guilds, so every look-up by id goes through its shard manager when there is one. Calls
 * that need no cache (opening a DM, answering an interaction, uploading a file) work through any shard.
 */
final class ShardLookup {

    /** Why this instance does not reach a server: another instance holds its shard (try again, or leave it). */
    static final String ELSEWHERE = "this Discord server is served by another Atelier instance right now; try again";

    private ShardLookup() {}

    static Guild guild(JDA client, String guildId) {
        ShardManager shards = client.getShardManager();
        return shards == null ? client.getGuildById(guildId) : shards.getGuildById(guildId);
    }

    static <T extends Channel> T channel(JDA client, Class<T> type, String channelId) {
        ShardManager shards = client.getShardManager();
        return shards == null ? client.getChannelById(type, channelId) : shards.getChannelById(type, channelId);
    }

    /**
     * Whether the guild's shard is one this instance connects (always, without sharding). A guild on
     * another instance's shard is not in this instance's cache: what is meant for it is left to that
     * instance rather than treated as gone.
     */
    static boolean holds(JDA client, String guildId) {
        ShardManager shards = client.getShardManager();
        if (shards == null || !guildId.matches("\\d{1,20}")) {
            return true;
        }
        return shards.getShardById(MiscUtil.getShardForGuild(guildId, shards.getShardsTotal())) != null;
    }

    /** Every client of this instance: the one, or its shards. */
    static List<JDA> clients(JDA client) {
        ShardManager shards = client.getShardManager();
        return shards == null ? List.of(client) : List.copyOf(shards.getShards());
    }

    /** Shuts the client down, with all its sibling shards. */
    static void shutdown(JDA client) {
        ShardManager shards = client.getShardManager();
        if (shards == null) {
            client.shutdown();
        } else {
            shards.shutdown();
        }
    }
}
