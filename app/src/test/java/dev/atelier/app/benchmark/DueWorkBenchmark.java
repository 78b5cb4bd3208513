package dev.atelier.app.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.atelier.core.clock.duework.DueEngine;
import dev.atelier.core.clock.duework.DueHandler;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.clock.duework.EngineSettings;
import dev.atelier.core.clock.duework.Handled;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Text;
import dev.atelier.core.outbox.Pacer;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.Outbound;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Harness (not a test): {@code items} due items falling due in the same minute on the embedded store
 * (mongo-java-server with the durable H2 file backend, as the application runs by default), two
 * scheduler instances (own instance id, own MongoDB client, own thread) draining them at once through
 * the real engine and store into a counting sender. Prints the time until every item was handed to
 * the sender and marked done, the throughput, each instance's share, duplicates and misses.
 * <p>
 * Arguments: {@code [items=100000] [batch=5000] [backend=h2|h2-fsync|memory] [directory=system temp]}.
 * See BENCHMARKS.md.
 */
public final class DueWorkBenchmark {

    private static final CommunityRef COMMUNITY = new CommunityRef(Platform.SLACK, "T-BENCH", "Bench");
    private static final String KIND = "bench";

    private DueWorkBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.ERROR);
        }
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        String backend = args.length > 2 ? args[2] : "h2";
        Path base = args.length > 3 ? Path.of(args[3]) : Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(base);
        Path directory = Files.createTempDirectory(base, "duework");
        Instant minute = Instant.parse("2026-11-30T09:00:00Z");
        try (Store server = Store.start(backend, directory)) {
            long setup = System.nanoTime();
            plan(server.connection(), items, minute);
            System.out.printf(
                    "%,d items due between %s and +59 s, planned in %.1f s; backend %s; batch %d; %d cores; "
                            + "Java %s%n",
                    items,
                    minute,
                    (System.nanoTime() - setup) / 1e9,
                    backend,
                    batch,
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            Map<String, AtomicInteger> sent = new ConcurrentHashMap<>();
            Clock at = Clock.fixed(minute.plusSeconds(60), java.time.ZoneOffset.UTC);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<MongoClient> clients = new ArrayList<>();
            List<Future<long[]>> runs = new ArrayList<>();
            List<TimedDueWork> timings = new ArrayList<>();
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            for (String instance : List.of("instance-a", "instance-b")) {
                MongoClient client = MongoClients.create(server.connection());
                clients.add(client);
                TimedDueWork timed = new TimedDueWork(
                        MongoStores.create(new MongoTemplate(client, "atelier")).dueWork());
                timings.add(timed);
                DueEngine engine = engine(timed, instance, batch, at, sent);
                runs.add(pool.submit(() -> drain(engine)));
            }
            long[] a = runs.get(0).get();
            long[] b = runs.get(1).get();
            double seconds = (Math.max(a[1], b[1]) - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            pool.shutdown();
            long duplicates = sent.values().stream().filter(n -> n.get() > 1).count();
            long handedOver =
                    sent.values().stream().mapToLong(AtomicInteger::get).sum();
            long missed = (long) items - sent.size();
            long notDone;
            try (MongoClient check = MongoClients.create(server.connection())) {
                notDone =
                        check
                                .getDatabase("atelier")
                                .getCollection("due_segments")
                                .find()
                                .into(new ArrayList<>())
                                .stream()
                                .mapToLong(
                                        s -> s.getList("items", Document.class).size())
                                .sum();
            }
            clients.forEach(MongoClient::close);
            for (TimedDueWork t : timings) {
                System.out.printf(
                        "instance: %d claims, %.1f s claiming, %.1f s marking done%n",
                        t.claims.get(), t.claimNanos.get() / 1e9, t.doneNanos.get() / 1e9);
            }
            System.out.printf(
                    "CPU of the whole process (both instances and the store) while draining: %.1f s%n", cpuSeconds);
            System.out.printf(
                    "| %,d | %d | %.1f | %,.0f | %,d / %,d | %,d | %d | %d | %d |%n",
                    items, batch, seconds, items / seconds, a[0], b[0], handedOver, duplicates, missed, notDone);
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void plan(String connection, int items, Instant minute) {
        try (MongoClient client = MongoClients.create(connection)) {
            DueWork work =
                    MongoStores.create(new MongoTemplate(client, "atelier")).dueWork();
            List<DueItem> chunk = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                chunk.add(DueItem.of(KIND, COMMUNITY, i + 1, 1, "", "U" + i, minute.plusMillis(i % 60_000)));
                if (chunk.size() == 1000 || i == items - 1) {
                    work.planAll(chunk);
                    chunk.clear();
                }
            }
        }
    }

    private static DueEngine engine(
            TimedDueWork work, String instance, int batch, Clock clock, Map<String, AtomicInteger> sent) {
        DueHandler prompt = new DueHandler() {
            @Override
            public String kind() {
                return KIND;
            }

            @Override
            public Handled handle(DueItem item, Instant now) {
                return Handled.send(List.of(Notification.to(
                        Destination.direct(item.recipient()), Message.privateReply(Text.of(item.key())))));
            }
        };
        Notifier counting = new Notifier() {
            @Override
            public Platform platform() {
                return Platform.SLACK;
            }

            @Override
            public void send(CommunityRef community, Notification notification) {
                sent.computeIfAbsent(notification.message().text(), k -> new AtomicInteger())
                        .incrementAndGet();
            }
        };
        return new DueEngine(
                work,
                List.of(prompt),
                new Outbound(List.of(counting), List.of()),
                new Pacer(0, System::nanoTime, d -> {}),
                clock,
                new EngineSettings(instance, Duration.ofMinutes(2), batch, Integer.MAX_VALUE, 0));
    }

    /** Drains until nothing is left; returns {items handled, nanoTime when done}. */
    private static long[] drain(DueEngine engine) {
        long handled = 0;
        Map<String, Integer> round;
        do {
            round = engine.drain();
            handled += round.getOrDefault(KIND, 0);
        } while (!round.isEmpty());
        return new long[] {handled, System.nanoTime()};
    }
}
