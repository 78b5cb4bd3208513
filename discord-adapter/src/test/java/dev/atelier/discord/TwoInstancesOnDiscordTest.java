package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.outbox.Attempt;
import dev.atelier.core.workspace.ApiMetrics;
import dev.atelier.core.workspace.WorkspaceUnavailableException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Two instances share one bot's guilds: this test's connection takes shard 0 of 2, a second one shard 1.
 * Each identifies with its own shard, a command in a guild of shard 1 is answered by the second instance,
 * and an outbox message for that guild is left by the first instance (to be sent by the one that holds it)
 * instead of being dropped as gone; opening or posting in a thread there directly is refused with a reason to try
 * again, not taken for a lost thread; each instance's health lists its own shard.
 */
class TwoInstancesOnDiscordTest extends TwoShardsFlowTest {

    @Test
    void eachInstanceServesTheGuildsOfItsShard() {
        // given a second instance of the same bot on shard 1 of 2
        DiscordConnection second = startSecondInstance();
        try {
            await().atMost(PATIENCE)
                    .until(() -> second.jda().isPresent()
                            && !discord.calls(
                                            "PUT",
                                            "/applications/900/guilds/" + ShardsOnDiscordTest.SECOND_GUILD
                                                    + "/commands")
                                    .isEmpty());
            assertThat(discord.gateway.received.stream()
                            .filter(payload -> payload.getInt("op") == 2)
                            .map(payload ->
                                    payload.getObject("d").getArray("shard").toString()))
                    .containsExactlyInAnyOrder("[0,2]", "[1,2]");
            assertThat(ShardLookup.guild(connection().jda().orElseThrow(), ShardsOnDiscordTest.SECOND_GUILD))
                    .as("the first instance does not hold the second shard's guild")
                    .isNull();

            // when a moderator runs /cohort list in the guild on shard 1
            Answer answer = answer(
                    interactions.slash(MODERATOR, ShardsOnDiscordTest.SECOND_CHANNEL, "cohort", "list", Map.of()));

            // then the second instance answered it
            assertThat(answer.calls()).anyMatch(call -> call.is("PATCH", "/webhooks/900/.+/messages/@original"));
            assertNoWarning(answer);

            // when each instance's outbox courier is handed a message for that guild
            Attempt first = new DiscordCourier(connection()::jda, ApiMetrics.NONE)
                    .deliver(ShardsOnDiscordTest.item("from the first"));
            Attempt holder = new DiscordCourier(second::jda, ApiMetrics.NONE)
                    .deliver(ShardsOnDiscordTest.item("from the second"));

            // then the first leaves it to be tried again (by any instance) and posts nothing; the second posts it
            assertThat(first.retry()).isTrue();
            assertThat(first.unsure()).isFalse();
            assertThat(first.reason()).contains("another instance's shards");
            assertThat(holder.delivered()).as(holder.reason()).isTrue();
            assertThat(discord.messagesIn(ShardsOnDiscordTest.SECOND_CHANNEL))
                    .extracting(message -> message.getString("content"))
                    .contains("from the second")
                    .doesNotContain("from the first");

            // when the first instance is asked directly to open or post in a thread of that guild
            CommunityRef guild = new CommunityRef(Platform.DISCORD, ShardsOnDiscordTest.SECOND_GUILD, "Second");
            DiscordThreads threads = new DiscordThreads(connection()::jda);
            Message card = Message.publicReply(Text.of("How do I seed?"));
            // then it refuses with a reason to try again, not as a channel or thread that is gone
            assertThatThrownBy(() -> threads.open(guild, ShardsOnDiscordTest.SECOND_CHANNEL, "q", card, null))
                    .isInstanceOf(WorkspaceUnavailableException.class)
                    .hasMessageContaining("another Atelier instance");
            assertThatThrownBy(() -> threads.post(
                            guild, new ThreadRef(ShardsOnDiscordTest.SECOND_CHANNEL, "4194400", null), card))
                    .isInstanceOf(WorkspaceUnavailableException.class)
                    .hasMessageContaining("another Atelier instance");
            assertThat(discord.messagesIn(ShardsOnDiscordTest.SECOND_CHANNEL))
                    .extracting(message -> message.getString("content"))
                    .doesNotContain("How do I seed?");

            // and each instance's health reports its own shard, connected
            assertThat(shardsIn(new DiscordHealthIndicator(connection()).health()))
                    .singleElement()
                    .satisfies(shard -> assertThat(shard.getKey()).contains("0").contains("2"))
                    .satisfies(shard -> assertThat(shard.getValue()).isEqualTo("CONNECTED"));
            assertThat(shardsIn(new DiscordHealthIndicator(second).health()))
                    .singleElement()
                    .satisfies(shard -> assertThat(shard.getKey()).contains("1").contains("2"))
                    .satisfies(shard -> assertThat(shard.getValue()).isEqualTo("CONNECTED"));
        } finally {
            second.stop();
        }
    }

    @SuppressWarnings("unchecked")
    static java.util.Set<Map.Entry<String, String>> shardsIn(Health health) {
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        return ((Map<String, String>) health.getDetails().get("shards")).entrySet();
    }
}
