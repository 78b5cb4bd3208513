package dev.atelier.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import dev.atelier.core.store.MongoOutbox;
import dev.atelier.core.testing.MutableClock;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * An item whose first attempt had an unknown outcome is checked before it is posted again; when that check
 * keeps failing, the retries back off as after failed posts (on both embedded backends), instead of coming
 * back every two seconds for ever.
 */
class UnsureCheckBackoffTest {

    static final CommunityRef C = new CommunityRef(Platform.SLACK, "T1", "Shop");

    @TempDir
    Path dir;

    static Stream<Function<Path, MongoBackend>> backends() {
        return Stream.of(
                dir -> new MemoryBackend(),
                dir -> new H2Backend(dir.resolve("store.mv.db").toString()));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void retriesOfAnItemWhoseCheckKeepsFailingBackOff(Function<Path, MongoBackend> backend) {
        MongoServer server = new MongoServer(backend.apply(dir));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            // given a courier whose first post times out and whose check of it then fails every time
            MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
            FailingChecks courier = new FailingChecks();
            OutboxDelivery delivery = new OutboxDelivery(
                    MongoOutbox.create(new MongoTemplate(client, "atelier")),
                    List.of(courier),
                    clock,
                    OutboxSettings.defaults(),
                    Pacer.real(0),
                    ref -> List.of());
            delivery.post(
                    C,
                    OutboxSettings.NOTICE,
                    Destination.direct("U1"),
                    null,
                    null,
                    Message.privateReply(Text.of("hi")));

            // when the worker drains every second for two minutes
            for (int s = 0; s < 120; s++) {
                clock.advance(Duration.ofSeconds(1));
                delivery.drain();
            }

            // then the checks came after 1, 2, 4, 8, 16, 32 and 64 s at most, not every two seconds
            assertThat(courier.posts.get()).isEqualTo(1);
            assertThat(courier.checks.get()).isBetween(3, 7);
        } finally {
            server.shutdownNow();
        }
    }

    /** Times out once, then cannot tell whether that post went through. */
    static final class FailingChecks implements Courier {

        final AtomicInteger posts = new AtomicInteger();
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public Platform platform() {
            return Platform.SLACK;
        }

        @Override
        public Attempt deliver(OutboxItem item) {
            posts.incrementAndGet();
            return Attempt.unsure("read timed out");
        }

        @Override
        public Optional<String> findDelivered(OutboxItem item) {
            checks.incrementAndGet();
            throw new IllegalStateException("conversations.open failed");
        }
    }
}
