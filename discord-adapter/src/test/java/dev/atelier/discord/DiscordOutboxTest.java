package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.outbox.Attempt;
import dev.atelier.core.outbox.Outbox;
import dev.atelier.core.outbox.OutboxDelivery;
import dev.atelier.core.outbox.OutboxSettings;
import dev.atelier.core.outbox.Pacer;
import dev.atelier.core.store.MongoOutbox;
import dev.atelier.core.testing.MutableClock;
import dev.atelier.core.workspace.ApiMetrics;
import dev.atelier.discord.DiscordStandIn.RestCall;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox delivering through {@link DiscordCourier} to the Discord stand-in over the real JDA client:
 * every post carries the item's nonce with {@code enforce_nonce}, so a retry after an unknown outcome
 * (a 500 whose post went through) gets back the message already posted instead of a second one.
 * The outbox's clock is moved by hand.
 */
class DiscordOutboxTest extends StandInFlowTest {

    static final CommunityRef GUILD =
            new CommunityRef(Platform.DISCORD, DiscordStandIn.GUILD_ID, "Atelier test server");
    static final String COHORT = DiscordStandIn.COHORT_CHANNEL_ID;

    MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    Outbox outbox;
    OutboxDelivery delivery;

    @BeforeEach
    void outbox() {
        outbox = MongoOutbox.create(atelier.mongo());
        delivery = new OutboxDelivery(
                outbox,
                List.of(new DiscordCourier(connection()::jda, ApiMetrics.NONE)),
                clock,
                OutboxSettings.defaults().withInstanceId("discord-test"),
                Pacer.real(0),
                ref -> List.of(MODERATOR));
    }

    List<RestCall> postsIn(String channelId) {
        return discord.calls("POST", "/channels/" + channelId + "/messages");
    }

    void retryUntilSettled() {
        for (int s = 0; s < 30 && outbox.backlog(null).pending() > 0; s++) {
            clock.advance(Duration.ofSeconds(1));
            delivery.drain();
        }
    }

    @Test
    void aPostCarriesTheItemIdAsNonceWithEnforceNonceAndOnlyIntendedPings() {
        // given nothing but the cohort channel

        // when the outbox posts a message that mentions a member and tries @everyone
        Optional<Attempt> attempt = delivery.post(
                GUILD,
                OutboxSettings.NOTICE,
                Destination.channel(COHORT),
                null,
                null,
                Message.publicReply(Text.builder()
                        .plain("Welcome ")
                        .member(INTERN)
                        .plain(" @everyone")
                        .build()));

        // then it went out once, with a 24-character nonce that names the outbox item, enforced
        assertThat(attempt).hasValueSatisfying(a -> assertThat(a.delivered()).isTrue());
        assertThat(postsIn(COHORT)).hasSize(1);
        RestCall post = postsIn(COHORT).get(0);
        String nonce = post.body().getString("nonce");
        assertThat(nonce).hasSize(24).matches("[0-9a-f]{24}");
        assertThat(post.body().getBoolean("enforce_nonce")).isTrue();
        String posted = discord.messagesIn(COHORT).get(0).getString("id");
        assertThat(outbox.find(nonce)).hasValueSatisfying(sent -> {
            assertThat(sent.delivered()).isTrue();
            assertThat(sent.messageId()).isEqualTo(COHORT + "/" + posted);
        });
        assertOnlyIntendedPings();
        assertThat(pinged(post)).containsExactly(INTERN);
    }

    @Test
    void aPostWhoseAnswerIsLostIsRetriedWithTheSameNonceAndExistsOnce() {
        // given Discord makes the next post but answers 500, as when its answer is lost
        discord.loseAnswers(1);

        // when the outbox posts, then retries after its backoff
        Optional<Attempt> first = delivery.post(
                GUILD,
                OutboxSettings.NOTICE,
                Destination.channel(COHORT),
                null,
                null,
                Message.publicReply(Text.of("Check-in is open")));
        retryUntilSettled();

        // then the first attempt was unsure, the retry carried the same nonce, and the channel holds one message
        assertThat(first)
                .hasValueSatisfying(a -> assertThat(a.retry() && a.unsure()).isTrue());
        List<RestCall> posts = postsIn(COHORT);
        assertThat(posts).hasSize(2);
        String nonce = posts.get(0).body().getString("nonce");
        assertThat(posts).allSatisfy(call -> {
            assertThat(call.body().getString("nonce")).isEqualTo(nonce);
            assertThat(call.body().getBoolean("enforce_nonce")).isTrue();
        });
        assertThat(discord.messagesIn(COHORT))
                .hasSize(1)
                .allSatisfy(m -> assertThat(StandInFlowTest.text(m)).contains("Check-in is open"));
        assertThat(outbox.find(nonce)).hasValueSatisfying(sent -> {
            assertThat(sent.delivered()).isTrue();
            assertThat(sent.attempts()).isEqualTo(2);
            assertThat(sent.messageId())
                    .isEqualTo(COHORT + "/" + discord.messagesIn(COHORT).get(0).getString("id"));
        });
    }

    @Test
    void twoItemsWithTheSameTextAreTwoMessages() {
        // when the same text is posted twice as two items
        delivery.post(
                GUILD,
                OutboxSettings.NOTICE,
                Destination.channel(COHORT),
                null,
                null,
                Message.publicReply(Text.of("Ping")));
        delivery.post(
                GUILD,
                OutboxSettings.NOTICE,
                Destination.channel(COHORT),
                null,
                null,
                Message.publicReply(Text.of("Ping")));

        // then their nonces differ and both are posted
        assertThat(postsIn(COHORT))
                .extracting(call -> call.body().getString("nonce"))
                .doesNotHaveDuplicates();
        assertThat(discord.messagesIn(COHORT)).hasSize(2);
    }

    @Test
    void aMemberWhoBlocksDmsGetsTheMessageInTheFallbackChannel() {
        // given the intern blocks DMs from the bot
        discord.closedDms.add(INTERN);

        // when the outbox sends them a DM with the cohort channel as fallback
        Optional<Attempt> attempt = delivery.post(
                GUILD,
                OutboxSettings.NOTICE,
                new Destination.Direct(INTERN),
                null,
                Destination.channel(COHORT),
                Message.publicReply(Text.of("Your check-in is due")));

        // then Discord refused with 50007, the item is blocked, and the message went to the channel
        assertThat(attempt).hasValueSatisfying(a -> assertThat(a.result()).isEqualTo(Attempt.Result.BLOCKED));
        assertThat(postsIn("7" + INTERN)).hasSize(1);
        assertThat(discord.messagesIn("7" + INTERN)).isEmpty();
        retryUntilSettled();
        assertThat(discord.messagesIn(COHORT))
                .hasSize(1)
                .allSatisfy(m -> assertThat(StandInFlowTest.text(m)).contains("Your check-in is due"));
        assertThat(postsIn(COHORT).get(0).body().getBoolean("enforce_nonce")).isTrue();
    }

    @Test
    void aChannelDiscordDoesNotKnowIsGone() {
        // when the outbox posts in a channel the guild does not have
        Optional<Attempt> attempt = delivery.post(
                GUILD,
                OutboxSettings.NOTICE,
                Destination.channel("2999"),
                null,
                null,
                Message.publicReply(Text.of("Hello")));

        // then it is dropped as gone, and nothing was posted there
        assertThat(attempt).hasValueSatisfying(a -> assertThat(a.result()).isEqualTo(Attempt.Result.GONE));
        assertThat(postsIn("2999")).isEmpty();
    }

    @Test
    void aThreadPostCarriesANonceToo() {
        // given a question thread in the cohort channel
        ThreadRef thread = new DiscordThreads(connection()::jda)
                .open(GUILD, COHORT, "Q1", Message.publicReply(Text.of("Q1")), null);

        // when the outbox posts in it, losing Discord's first answer
        discord.loseAnswers(1);
        delivery.post(
                GUILD,
                OutboxSettings.THREAD,
                Destination.channel(COHORT),
                thread,
                null,
                Message.publicReply(Text.of("An answer")));
        retryUntilSettled();

        // then both attempts carried the same nonce and the thread holds the answer once
        List<RestCall> posts = postsIn(thread.threadId());
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).body().getString("nonce"))
                .isEqualTo(posts.get(0).body().getString("nonce"));
        assertThat(discord.messagesIn(thread.threadId())).hasSize(1);
    }
}
