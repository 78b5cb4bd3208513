package dev.atelier.discord;

import dev.atelier.core.store.MongoDeliveries;
import java.time.Clock;

/**
 * A stand-in flow whose connection holds shard 0 of 2, with a guild on shard 1 that a second instance of the same
 * bot, sharing the store, serves.
 */
abstract class TwoShardsFlowTest extends StandInFlowTest {

    @Override
    protected void arrange(DiscordStandIn standIn) {
        standIn.guild(ShardsOnDiscordTest.SECOND_GUILD, ShardsOnDiscordTest.SECOND_CHANNEL);
    }

    @Override
    protected DiscordShardProperties shards() {
        return new DiscordShardProperties(2, 0, 0);
    }

    /** A second instance of the same bot on shard 1 of 2, sharing the store, started (stop it when done). */
    protected DiscordConnection startSecondInstance() {
        DiscordProperties properties = discord.properties();
        DiscordConnection second = new DiscordConnection(
                listener -> JdaFactory.build(properties, new DiscordShardProperties(2, 1, 1), listener),
                () -> atelier.bot(),
                null,
                () -> MongoDeliveries.create(atelier.mongo(), Clock.systemUTC()));
        second.start();
        return second;
    }
}
