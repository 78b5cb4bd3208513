package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import dev.atelier.core.outbox.Attempt;
import dev.atelier.core.outbox.OutboxItem;
import dev.atelier.core.workspace.ApiMetrics;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * One instance logged in with two shards through JDA's shard manager: each shard identifies with its
 * share, and a guild on the second shard has its commands answered and its messages posted, looked up
 * from whichever shard the adapter holds.
 */
class ShardsOnDiscordTest extends StandInFlowTest {

    /** A guild whose id falls on shard 1 of 2 (its timestamp bits, {@code id >> 22}, are odd). */
    static final String SECOND_GUILD = Long.toString(1L << 22);

    static final String SECOND_CHANNEL = Long.toString((1L << 22) + 10);

    @Override
    protected void arrange(DiscordStandIn standIn) {
        standIn.guild(SECOND_GUILD, SECOND_CHANNEL);
    }

    @Override
    protected DiscordShardProperties shards() {
        return new DiscordShardProperties(2, null, null);
    }

    @Test
    void eachShardIdentifiesWithItsShareAndAGuildOnTheSecondIsServed() {
        // given both shards logged in, each having registered the catalog in its own guild
        await().atMost(PATIENCE)
                .until(() -> !discord.calls("PUT", "/applications/900/guilds/" + SECOND_GUILD + "/commands")
                        .isEmpty());
        assertThat(discord.calls("PUT", "/applications/900/guilds/1000/commands"))
                .hasSize(1);
        assertThat(discord.gateway.received.stream()
                        .filter(payload -> payload.getInt("op") == 2)
                        .map(payload -> payload.getObject("d").getArray("shard").toString()))
                .containsExactlyInAnyOrder("[0,2]", "[1,2]");

        // when a moderator runs /cohort list in the guild on shard 1
        Answer answer = answer(interactions.slash(MODERATOR, SECOND_CHANNEL, "cohort", "list", Map.of()));

        // then the second shard took it: deferred privately, then answered
        assertThat(answer.callback().getInt("type")).isEqualTo(5);
        assertThat(answer.calls()).anyMatch(call -> call.is("PATCH", "/webhooks/900/.+/messages/@original"));
        assertNoWarning(answer);

        // and from the first shard, the one the adapter holds, the guild is found through the shard manager
        JDA held = connection().jda().orElseThrow();
        assertThat(held.getShardInfo().getShardId()).isZero();
        assertThat(held.getGuildById(SECOND_GUILD))
                .as("not in the first shard's own cache")
                .isNull();
        assertThat(ShardLookup.guild(held, SECOND_GUILD)).isNotNull();
        assertThat(ShardLookup.channel(held, GuildMessageChannel.class, SECOND_CHANNEL))
                .isNotNull();
        assertThat(ShardLookup.clients(held)).hasSize(2);

        // and the health endpoint reports both shards, each connected, and the guilds of both
        await().atMost(PATIENCE)
                .until(() -> Status.UP.equals(
                        new DiscordHealthIndicator(connection()).health().getStatus()));
        Health health = new DiscordHealthIndicator(connection()).health();
        assertThat(TwoInstancesOnDiscordTest.shardsIn(health))
                .hasSize(2)
                .allSatisfy(shard -> assertThat(shard.getValue()).isEqualTo("CONNECTED"));
        assertThat(health.getDetails()).containsEntry("guilds", 2L);
    }

    @Test
    void anOutboxMessageForAGuildOnTheSecondShardIsPostedInItsChannel() {
        await().atMost(PATIENCE)
                .until(() -> connection()
                        .jda()
                        .map(held -> ShardLookup.guild(held, SECOND_GUILD) != null)
                        .orElse(false));

        // when the outbox sends a message to the second guild's channel
        Attempt attempt = new DiscordCourier(connection()::jda, ApiMetrics.NONE).deliver(item("hello second"));

        // then it was posted there
        assertThat(attempt.delivered()).as(attempt.reason()).isTrue();
        assertThat(discord.messagesIn(SECOND_CHANNEL))
                .extracting(message -> message.getString("content"))
                .containsExactly("hello second");
    }

    static OutboxItem item(String text) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new OutboxItem(
                "item-" + text.hashCode(),
                new CommunityRef(Platform.DISCORD, SECOND_GUILD, "Second"),
                "test",
                Destination.channel(SECOND_CHANNEL),
                null,
                null,
                Message.publicReply(Text.of(text)),
                now,
                now.plus(1, ChronoUnit.HOURS),
                0,
                false);
    }
}
