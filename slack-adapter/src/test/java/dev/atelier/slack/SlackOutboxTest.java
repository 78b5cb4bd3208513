package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import dev.atelier.core.outbox.DeliveryEvents;
import dev.atelier.core.outbox.Outbox;
import dev.atelier.core.outbox.OutboxDelivery;
import dev.atelier.core.outbox.OutboxSettings;
import dev.atelier.core.outbox.PaceRule;
import dev.atelier.core.outbox.Pacer;
import dev.atelier.core.store.MongoOutbox;
import dev.atelier.core.testing.MutableClock;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The outbox against a Slack stand-in that answers 429 with Retry-After, 5xx and lost answers for a
 * while, then recovers: on a real MongoDB-wire store, with the clock moved by hand (no sleeps).
 */
class SlackOutboxTest {

    static final CommunityRef TEAM = new CommunityRef(Platform.SLACK, FakeSlack.TEAM_ID, FakeSlack.TEAM_DOMAIN);

    FakeSlack slack;
    Slack client;
    SlackCalls calls;
    MongoServer server;
    MongoClient mongoClient;
    MongoTemplate mongo;
    Outbox outbox;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    Map<String, AtomicInteger> events = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        client = Slack.getInstance(config);
        calls = new SlackCalls(client.methods("xoxb-test-token"));
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        mongoClient = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        mongo = new MongoTemplate(mongoClient, "atelier");
        outbox = MongoOutbox.create(mongo);
    }

    @AfterEach
    void stop() throws Exception {
        mongoClient.close();
        server.shutdownNow();
        client.close();
        slack.close();
    }

    OutboxDelivery instance(String id) {
        OutboxSettings settings =
                OutboxSettings.defaults().withInstanceId(id).withPaces(Map.of(Platform.SLACK, new PaceRule(1, 3)));
        OutboxDelivery delivery = new OutboxDelivery(
                outbox, List.of(new SlackCourier(calls)), clock, settings, Pacer.real(0), ref -> List.of("U0MOD"));
        delivery.reportTo(new DeliveryEvents() {
            @Override
            public void delivered(Platform platform, String kind) {
                count("delivered");
            }

            @Override
            public void retried(Platform platform, String reason) {
                count("retried:" + reason);
            }

            @Override
            public void dropped(Platform platform, String reason) {
                count("dropped:" + reason);
            }
        });
        return delivery;
    }

    void count(String what) {
        events.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    int counted(String what) {
        return events.getOrDefault(what, new AtomicInteger()).get();
    }

    static void post(OutboxDelivery delivery, String kind, String channel, String text) {
        delivery.post(TEAM, kind, Destination.channel(channel), null, null, Message.publicReply(Text.of(text)));
    }

    /** Drains and moves the clock a second at a time until nothing waits (at most {@code seconds}). */
    void deliverAll(int seconds, OutboxDelivery... instances) {
        for (int s = 0; s < seconds && outbox.backlog(null).pending() > 0; s++) {
            for (OutboxDelivery d : instances) {
                d.drain();
            }
            clock.advance(Duration.ofSeconds(1));
        }
    }

    List<String> postedTexts(String channel) {
        return slack.trouble().posted().stream()
                .filter(p -> p.channel().equals(channel))
                .map(FakeSlackTrouble.Posted::text)
                .toList();
    }

    static List<String> numbered(String prefix, int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(prefix + " #" + i);
        }
        return texts;
    }

    @Test
    void everyItemIsDeliveredOnceAndInOrderThrough429sAnd5xxs() {
        // given: Slack answers 429 (Retry-After: 1) three times, then 503 twice, then recovers
        OutboxDelivery delivery = instance("a");
        slack.rateLimit("chat.postMessage", 3);
        slack.trouble().serverErrors(2);

        // when
        numbered("work", 10).forEach(t -> post(delivery, OutboxSettings.NOTICE, "C0WORK", t));
        numbered("cohort", 5).forEach(t -> post(delivery, OutboxSettings.NOTICE, "C0COHORT", t));
        deliverAll(60, delivery);

        // then
        assertThat(postedTexts("C0WORK")).containsExactlyElementsOf(numbered("work", 10));
        assertThat(postedTexts("C0COHORT")).containsExactlyElementsOf(numbered("cohort", 5));
        assertThat(outbox.backlog(null).pending()).isZero();
        assertThat(counted("delivered")).isEqualTo(15);
        assertThat(counted("retried:rate-limited")).isEqualTo(3);
        assertThat(counted("retried:unsure")).isEqualTo(2);
    }

    @Test
    void aRetryAfterIsHonouredAndHoldsBackOnlyItsOwnChannel() {
        // given: the first post answers 429 with Retry-After: 1
        OutboxDelivery delivery = instance("a");
        slack.rateLimit("chat.postMessage", 1);

        // when
        post(delivery, OutboxSettings.NOTICE, "C0BUSY", "busy #0");
        post(delivery, OutboxSettings.NOTICE, "C0BUSY", "busy #1");
        post(delivery, OutboxSettings.NOTICE, "C0CALM", "calm #0");
        delivery.drain();
        List<String> beforeRetryAfter = postedTexts("C0BUSY");
        clock.advance(Duration.ofSeconds(1));
        delivery.drain();

        // then
        assertThat(beforeRetryAfter).isEmpty();
        assertThat(postedTexts("C0CALM")).containsExactly("calm #0");
        assertThat(postedTexts("C0BUSY")).containsExactly("busy #0", "busy #1");
    }

    @Test
    void aBurstIntoOneChannelGoesOutAtSlacksPace() {
        // given: Slack itself refuses more than one post a second per channel beyond a burst of 3
        OutboxDelivery delivery = instance("a");

        // when: 20 notices at once, then a second at a time
        numbered("burst", 20).forEach(t -> post(delivery, OutboxSettings.NOTICE, "C0COHORT", t));
        int atOnce = postedTexts("C0COHORT").size();
        int seconds = 0;
        while (outbox.backlog(null).pending() > 0 && seconds < 60) {
            clock.advance(Duration.ofSeconds(1));
            delivery.drain();
            seconds++;
        }

        // then: the burst, then one a second, all in order
        assertThat(atOnce).isEqualTo(3);
        assertThat(seconds).isEqualTo(17);
        assertThat(postedTexts("C0COHORT")).containsExactlyElementsOf(numbered("burst", 20));
    }

    @Test
    void anInstanceRestartedInTheMiddleDeliversTheRestOnceAndInOrder() {
        // given: the first post reaches Slack but its answer is lost (500), then the instance dies,
        // and a second dead instance left a claim on the lane
        OutboxDelivery first = instance("first");
        slack.trouble().loseAnswers(1);
        numbered("work", 6).forEach(t -> post(first, OutboxSettings.NOTICE, "C0WORK", t));
        String lane = dev.atelier.core.outbox.OutboxItem.laneOf(TEAM, Destination.channel("C0WORK"));
        clock.advance(Duration.ofSeconds(5));
        assertThat(outbox.claim(lane, "crashed", clock.instant(), Duration.ofMinutes(2)))
                .isPresent();

        // when: a new instance on the same store
        OutboxDelivery restarted = instance("restarted");
        int whileLeased = restarted.drain();
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        deliverAll(60, restarted);

        // then: the lost answer's post was found in the history, not posted again
        assertThat(whileLeased).isZero();
        assertThat(postedTexts("C0WORK")).containsExactlyElementsOf(numbered("work", 6));
        assertThat(slack.calls("conversations.history")).hasSize(1);
        assertThat(outbox.backlog(null).pending()).isZero();
    }

    @Test
    void twoInstancesOnOneStoreNeverDeliverTwice() throws Exception {
        // given: two instances, Slack in trouble for a while
        OutboxDelivery a = instance("a");
        OutboxDelivery b = instance("b");
        slack.rateLimit("chat.postMessage", 4);
        slack.trouble().serverErrors(3);
        slack.trouble().loseAnswers(2);
        List<String> channels = List.of("C0A", "C0B", "C0C", "C0D");
        for (int i = 0; i < 10; i++) {
            for (String channel : channels) {
                post(i % 2 == 0 ? a : b, OutboxSettings.NOTICE, channel, channel + " #" + i);
            }
        }

        // when: both drain at the same moments, on two threads
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int s = 0; s < 120 && outbox.backlog(null).pending() > 0; s++) {
                List<Callable<Integer>> round = List.of(a::drain, b::drain);
                for (var f : pool.invokeAll(round)) {
                    f.get();
                }
                clock.advance(Duration.ofSeconds(1));
            }
        } finally {
            pool.shutdownNow();
        }

        // then
        for (String channel : channels) {
            assertThat(postedTexts(channel)).containsExactlyElementsOf(numbered(channel, 10));
        }
        assertThat(outbox.backlog(null).pending()).isZero();
    }

    @Test
    void aStaleReminderExpiresWhileAWelcomePostWaitsItsTurn() {
        // given: Slack rate-limits the channel for a long time
        OutboxDelivery delivery = instance("a");
        slack.rateLimit("chat.postMessage", 1);
        post(delivery, "milestone-overdue", "C0WORK", "reminder");
        post(delivery, OutboxSettings.NOTICE, "C0WORK", "welcome");

        // when: the platform is back 13 hours later
        clock.advance(Duration.ofHours(13));
        delivery.drain();

        // then
        assertThat(postedTexts("C0WORK")).containsExactly("welcome");
        assertThat(counted("dropped:expired")).isEqualTo(1);
    }

    @Test
    void aBlockedDirectMessageFallsBackToTheWorkspaceThroughTheOutbox() {
        // given
        OutboxDelivery delivery = instance("a");
        slack.failing("conversations.open", "cannot_dm_bot");

        // when
        delivery.post(
                TEAM,
                OutboxSettings.NOTICE,
                Destination.direct("U0IVY"),
                null,
                Destination.channel("C0WORK"),
                Message.publicReply(Text.of("your mentor answered")));

        // then
        assertThat(postedTexts("C0WORK")).containsExactly("For <@U0IVY>:\nyour mentor answered");
        assertThat(counted("dropped:blocked")).isEqualTo(1);
        assertThat(counted("delivered")).isEqualTo(1);
    }

    @Test
    void aChannelThatIsGoneIsReportedToModeratorsOnce() {
        // given
        OutboxDelivery delivery = instance("a");
        slack.unreachable("C0GONE");

        // when
        numbered("lost", 3).forEach(t -> post(delivery, OutboxSettings.NOTICE, "C0GONE", t));
        delivery.drain();

        // then: one DM to the moderator, however many messages were dropped
        assertThat(counted("dropped:gone")).isEqualTo(3);
        assertThat(slack.trouble().posted())
                .filteredOn(p -> p.channel().equals("DU0MOD"))
                .singleElement()
                .satisfies(p -> assertThat(p.text()).contains("C0GONE"));
    }
}
