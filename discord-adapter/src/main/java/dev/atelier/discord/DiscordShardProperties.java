package dev.atelier.discord;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code atelier.discord.shards} (how many shards the bot's guilds are split into, in total) and
 * {@code atelier.discord.shard-min} / {@code shard-max} (the range this instance connects, both ends
 * included; all shards by default). Unset, the adapter logs in as one client without sharding. Several
 * instances share one bot by each taking a range, for example {@code shards: 4} with {@code 0..1} on one
 * and {@code 2..3} on the other. A range outside {@code 0..shards-1}, or a range without a total, is
 * refused at start-up.
 */
@ConfigurationProperties("atelier.discord")
public record DiscordShardProperties(Integer shards, Integer shardMin, Integer shardMax) {

    /** No sharding: one client for every guild. */
    static final DiscordShardProperties NONE = new DiscordShardProperties(null, null, null);

    public DiscordShardProperties {
        if (shards == null) {
            if (shardMin != null || shardMax != null) {
                throw new IllegalArgumentException("atelier.discord.shard-min and shard-max need atelier.discord.shards"
                        + " (the total number of shards)");
            }
        } else {
            if (shards < 1) {
                throw new IllegalArgumentException(
                        "atelier.discord.shards must be at least 1 (the total number of shards), not " + shards);
            }
            int first = shardMin == null ? 0 : shardMin;
            int last = shardMax == null ? shards - 1 : shardMax;
            if (first < 0 || last >= shards || first > last) {
                throw new IllegalArgumentException("atelier.discord.shard-min..shard-max (" + first + ".." + last
                        + ") must be a range within 0.." + (shards - 1) + " for " + shards + " shards");
            }
        }
    }

    boolean sharded() {
        return shards != null;
    }

    /** The first shard this instance connects. */
    int first() {
        return shardMin == null ? 0 : shardMin;
    }

    /** The last shard this instance connects. */
    int last() {
        return shardMax == null ? shards - 1 : shardMax;
    }
}
