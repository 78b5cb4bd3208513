package dev.atelier.app.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import dev.atelier.core.outbox.Outbox;
import dev.atelier.core.outbox.OutboxItem;
import dev.atelier.core.outbox.OutboxSettings;
import dev.atelier.core.store.MongoOutbox;
import dev.atelier.core.testing.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The outbox's metrics: counters by platform and reason, depth and the oldest item's age from the store. */
class OutboxMetricsTest {

    static final CommunityRef TEAM = new CommunityRef(Platform.SLACK, "T1", "team");

    MongoServer server;
    MongoClient client;
    Outbox outbox;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        outbox = MongoOutbox.create(new MongoTemplate(client, "atelier"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void deliveriesRetriesAndDropsAreCountedAndTheBacklogIsGauged() {
        // given
        OutboxMetrics metrics = new OutboxMetrics(registry, outbox, clock);
        outbox.add(new OutboxItem(
                "i1",
                TEAM,
                OutboxSettings.NOTICE,
                Destination.channel("C1"),
                null,
                null,
                Message.publicReply(Text.of("hi")),
                clock.instant(),
                null,
                0,
                false));
        clock.advance(Duration.ofSeconds(90));

        // when
        metrics.delivered(Platform.SLACK, OutboxSettings.NOTICE);
        metrics.retried(Platform.SLACK, "rate-limited");
        metrics.retried(Platform.SLACK, "rate-limited");
        metrics.dropped(Platform.SLACK, "expired");

        // then
        assertThat(registry.get("atelier.outbox.delivered")
                        .tag("platform", "slack")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("atelier.outbox.retries")
                        .tag("reason", "rate-limited")
                        .counter()
                        .count())
                .isEqualTo(2);
        assertThat(registry.get("atelier.outbox.dropped")
                        .tag("reason", "expired")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("atelier.outbox.depth").gauge().value()).isEqualTo(1);
        assertThat(registry.get("atelier.outbox.oldest.seconds").gauge().value())
                .isEqualTo(90);
    }
}
