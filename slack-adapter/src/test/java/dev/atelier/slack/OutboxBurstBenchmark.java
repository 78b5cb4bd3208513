package dev.atelier.slack;

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
import dev.atelier.core.outbox.Outbox;
import dev.atelier.core.outbox.OutboxDelivery;
import dev.atelier.core.outbox.OutboxSettings;
import dev.atelier.core.outbox.PaceRule;
import dev.atelier.core.outbox.Pacer;
import dev.atelier.core.store.MongoOutbox;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A harness, run by hand (see BENCHMARKS.md): a burst of N notices into one Slack channel while the Slack
 * stand-in answers every post with 429 ({@code Retry-After}) for the first S seconds and afterwards enforces
 * Slack's own pace (about 1 message/s per channel, bursts of 3). Real time, a real outbox on the embedded
 * store, {@code instances} workers (each its own instance id) draining every {@code tick} ms like the app's
 * job. Prints delivered, duplicates, order, Slack's refusals and the time to drain.
 *
 * <p>Arguments: messages (200), rate-limited seconds (30), Retry-After seconds (2), instances (2), tick ms (1000).
 */
public final class OutboxBurstBenchmark {

    private static final CommunityRef TEAM = new CommunityRef(Platform.SLACK, FakeSlack.TEAM_ID, FakeSlack.TEAM_DOMAIN);
    private static final String CHANNEL = "C0COHORT";

    private OutboxBurstBenchmark() {}

    public static void main(String[] args) throws Exception {
        int messages = arg(args, 0, 200);
        int limitedSeconds = arg(args, 1, 30);
        int retryAfter = arg(args, 2, 2);
        int instances = arg(args, 3, 2);
        int tick = arg(args, 4, 1000);
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        try (FakeSlack slack = new FakeSlack();
                MongoClient mongoClient = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(slack.apiUrl());
            Slack client = Slack.getInstance(config);
            Outbox outbox =
                    MongoOutbox.create(new org.springframework.data.mongodb.core.MongoTemplate(mongoClient, "atelier"));
            Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
            List<OutboxDelivery> workers = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                workers.add(new OutboxDelivery(
                        outbox,
                        List.of(new SlackCourier(new SlackCalls(client.methods("xoxb-bench")))),
                        clock,
                        OutboxSettings.defaults()
                                .withInstanceId("bench-" + i)
                                .withPaces(Map.of(Platform.SLACK, new PaceRule(1, 3))),
                        Pacer.real(20),
                        ref -> List.of()));
            }
            slack.trouble().rateLimitFor(limitedSeconds * 1000L, retryAfter);
            slack.trouble().paceChannels(1, 3);
            long start = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                workers.get(i % instances)
                        .post(
                                TEAM,
                                OutboxSettings.NOTICE,
                                Destination.channel(CHANNEL),
                                null,
                                null,
                                Message.publicReply(Text.of("notice #" + i)));
            }
            long written = System.nanoTime();
            int refusedDuringOutage = slack.trouble().rejected();
            AtomicBoolean done = new AtomicBoolean();
            List<Thread> threads = new ArrayList<>();
            for (OutboxDelivery worker : workers) {
                Thread t = new Thread(
                        () -> {
                            while (!done.get()) {
                                worker.drain();
                                try {
                                    Thread.sleep(tick);
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                        },
                        "outbox-" + threads.size());
                t.start();
                threads.add(t);
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
            while (outbox.backlog(null).pending() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            long drained = System.nanoTime();
            done.set(true);
            for (Thread t : threads) {
                t.join();
            }
            report(
                    slack,
                    messages,
                    limitedSeconds,
                    retryAfter,
                    instances,
                    tick,
                    start,
                    written,
                    drained,
                    refusedDuringOutage);
            client.close();
        } finally {
            server.shutdownNow();
        }
    }

    private static void report(
            FakeSlack slack,
            int messages,
            int limitedSeconds,
            int retryAfter,
            int instances,
            int tick,
            long start,
            long written,
            long drained,
            int refusedAtOnce) {
        List<FakeSlackTrouble.Posted> posted = slack.trouble().posted().stream()
                .filter(p -> p.channel().equals(CHANNEL))
                .toList();
        Map<String, Integer> times = new HashMap<>();
        posted.forEach(p -> times.merge(p.text(), 1, Integer::sum));
        long duplicates =
                times.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            expected.add("notice #" + i);
        }
        boolean inOrder = posted.stream()
                .map(FakeSlackTrouble.Posted::text)
                .distinct()
                .toList()
                .equals(expected);
        System.out.printf(
                "messages=%d rate-limited=%ds retry-after=%ds instances=%d tick=%dms%n",
                messages, limitedSeconds, retryAfter, instances, tick);
        System.out.printf(
                "delivered=%d of %d, duplicates=%d, in order=%s%n", times.size(), messages, duplicates, inOrder);
        System.out.printf(
                "chat.postMessage calls=%d, answered 429/5xx=%d (%d while writing the burst)%n",
                slack.calls("chat.postMessage").size(), slack.trouble().rejected(), refusedAtOnce);
        System.out.printf(
                "write burst=%d ms, time to drain=%.1f s (ideal: %d s outage + %d s at 1/s after a burst of 3)%n",
                (written - start) / 1_000_000, (drained - start) / 1e9, limitedSeconds, Math.max(0, messages - 3));
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }
}
