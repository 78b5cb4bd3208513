package dev.atelier.app.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.atelier.app.AtelierApplication;
import dev.atelier.app.operations.SignedCommands;
import dev.atelier.app.storage.EmbeddedMongoServer;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.bson.Document;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Harness (not a test): a burst of signed {@code /atelier task add Burst-<i> b} slash commands over HTTP,
 * from {@code users} admins in turn, at {@code rate} per second, answered to a local response URL
 * receiver ({@link BurstSlack}).
 * <ul>
 * <li>{@code latency}: against the application started in this JVM; prints the reply latency (send to
 * response URL post) p50/p99/max, and whether each member's replies came in the order sent.</li>
 * <li>{@code crash}: against the application in a child JVM, killed with SIGKILL once half the burst
 * is acknowledged (the sender stops there), then started again on the same data directory; prints acknowledged vs applied (tasks in the
 * store) vs answered (distinct response URLs posted to), duplicates, and what was applied or answered
 * without an acknowledgement (the kill cut its ack).</li>
 * </ul>
 * Arguments: {@code latency|crash [commands=300] [rate=400] [users=10] [workers=8] [directory=temp]}.
 * See BENCHMARKS.md.
 */
public final class InboxBurstBenchmark {

    private static final String SECRET = "burst-secret";

    private InboxBurstBenchmark() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "latency";
        int commands = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        int users = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int workers = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        Path directory = args.length > 5 ? Path.of(args[5]) : Files.createTempDirectory("inbox-burst");
        try (BurstSlack slack = new BurstSlack()) {
            if (mode.equals("crash")) {
                crash(slack, commands, rate, users, workers, directory);
            } else {
                latency(slack, commands, rate, users, workers, directory);
            }
        }
        System.exit(0);
    }

    private static List<String> appArguments(BurstSlack slack, int port, int workers, Path directory) {
        return List.of(
                "--server.port=" + port,
                "--atelier.store.embedded.path=" + directory,
                "--atelier.slack.bot-token=xoxb-bench",
                "--atelier.slack.signing-secret=" + SECRET,
                "--atelier.slack.api-url=" + slack.apiUrl(),
                "--atelier.slack.response-url-hosts=127.0.0.1",
                "--atelier.discord.token=",
                "--atelier.inbox.workers=" + workers,
                "--atelier.inbox.lease-seconds=5",
                "--logging.level.root=warn");
    }

    private static void latency(BurstSlack slack, int commands, int rate, int users, int workers, Path directory)
            throws Exception {
        int port = freePort();
        ConfigurableApplicationContext app = new SpringApplication(AtelierApplication.class)
                .run(appArguments(slack, port, workers, directory).toArray(String[]::new));
        try {
            Burst burst = Burst.send(slack, port, commands, rate, users);
            burst.settle();
            awaitAnswers(slack, burst, Duration.ofMinutes(2));
            double[] latencies = IntStream.range(0, commands)
                    .filter(i -> burst.acked[i])
                    .mapToDouble(i -> (slack.arrivals("r" + i).get(0) - burst.sentAt[i]) / 1e6)
                    .sorted()
                    .toArray();
            System.out.printf(
                    "latency: %d commands at %d/s from %d members, %d workers: %d acknowledged, "
                            + "%d answered; ack p99 %.1f ms; reply p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
                            + "pairs of a member's commands answered out of order: %d%n",
                    commands,
                    rate,
                    users,
                    workers,
                    burst.ackedCount(),
                    latencies.length,
                    percentile(burst.ackMillis(), 0.99),
                    percentile(latencies, 0.5),
                    percentile(latencies, 0.99),
                    latencies[latencies.length - 1],
                    outOfOrder(slack, burst, users));
        } finally {
            app.close();
        }
    }

    private static void crash(BurstSlack slack, int commands, int rate, int users, int workers, Path directory)
            throws Exception {
        int port = freePort();
        Process child = startChild(slack, port, workers, directory, "first");
        awaitHealth(port);
        Burst burst = new Burst(commands);
        Thread sender = new Thread(() -> burst.sendAll(slack, port, rate, users));
        sender.start();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (burst.acks.get() < commands / 2 && System.nanoTime() < giveUp) {
            Thread.sleep(1);
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        burst.stopped = true;
        sender.join();
        burst.settle();
        int answeredBeforeRestart = slack.distinct();
        Process again = startChild(slack, port, workers, directory, "second");
        awaitHealth(port);
        awaitAnswers(slack, burst, Duration.ofMinutes(2));
        Thread.sleep(3000); // room for a duplicate answer to show up
        again.destroy();
        again.waitFor(60, TimeUnit.SECONDS);

        Map<String, Integer> applied = appliedTitles(directory);
        int acked = burst.ackedCount();
        long appliedOfAcked = IntStream.range(0, commands)
                .filter(i -> burst.acked[i])
                .filter(i -> applied.containsKey("Burst-" + i))
                .count();
        long answeredOfAcked = IntStream.range(0, commands)
                .filter(i -> burst.acked[i])
                .filter(i -> !slack.arrivals("r" + i).isEmpty())
                .count();
        int duplicateTasks = applied.values().stream().mapToInt(n -> n - 1).sum();
        int duplicateAnswers = slack.posts() - slack.distinct();
        long unackedApplied = applied.keySet().stream()
                .filter(t -> !burst.acked[Integer.parseInt(t.substring("Burst-".length()))])
                .count();
        System.out.printf(
                "crash: %d sent until the kill (of %d), %d acknowledged; applied %d of them, answered %d "
                        + "of them (%d before the restart); duplicate tasks %d, duplicate answers %d; applied without an "
                        + "ack %d, answered without an ack %d%n",
                burst.sentCount(),
                commands,
                acked,
                appliedOfAcked,
                answeredOfAcked,
                answeredBeforeRestart,
                duplicateTasks,
                duplicateAnswers,
                unackedApplied,
                slack.distinct() - answeredOfAcked);
    }

    private static Process startChild(BurstSlack slack, int port, int workers, Path directory, String name)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                AtelierApplication.class.getName()));
        command.addAll(appArguments(slack, port, workers, directory));
        Files.createDirectories(directory);
        File log = directory.resolve("child-" + name + ".log").toFile();
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
    }

    private static Map<String, Integer> appliedTitles(Path directory) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(directory, 0, false);
                MongoClient client = MongoClients.create(server.getConnectionString())) {
            Map<String, Integer> titles = new HashMap<>();
            for (Document task :
                    client.getDatabase("atelier").getCollection("tasks").find()) {
                titles.merge(task.getString("title"), 1, Integer::sum);
            }
            return titles;
        }
    }

    private static void awaitHealth(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the application did not come up");
    }

    private static void awaitAnswers(BurstSlack slack, Burst burst, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline
                && IntStream.range(0, burst.acked.length)
                        .anyMatch(i -> burst.acked[i] && slack.arrivals("r" + i).isEmpty())) {
            Thread.sleep(50);
        }
    }

    /**
     * Pairs of one member's commands answered out of order, counting only pairs where the first was
     * acknowledged before the second was sent (concurrent requests may reach the server in any order).
     */
    private static int outOfOrder(BurstSlack slack, Burst burst, int users) {
        int violations = 0;
        for (int i = 0; i < burst.acked.length; i++) {
            for (int j = i + users; j < burst.acked.length; j += users) {
                if (burst.acked[i]
                        && burst.acked[j]
                        && burst.ackAt[i] < burst.sentAt[j]
                        && !slack.arrivals("r" + i).isEmpty()
                        && !slack.arrivals("r" + j).isEmpty()
                        && slack.arrivals("r" + j).get(0)
                                < slack.arrivals("r" + i).get(0)) {
                    violations++;
                }
            }
        }
        return violations;
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One burst: when each command was sent, and whether Slack would have seen its acknowledgement. */
    private static final class Burst {

        final long[] sentAt;
        final long[] ackAt;
        final boolean[] acked;
        final List<CompletableFuture<?>> inFlight = new ArrayList<>();
        final AtomicInteger sent = new AtomicInteger();

        Burst(int commands) {
            sentAt = new long[commands];
            ackAt = new long[commands];
            acked = new boolean[commands];
        }

        final AtomicInteger acks = new AtomicInteger();
        volatile boolean stopped;

        static Burst send(BurstSlack slack, int port, int commands, int rate, int users) {
            Burst burst = new Burst(commands);
            burst.sendAll(slack, port, rate, users);
            return burst;
        }

        void sendAll(BurstSlack slack, int port, int rate, int users) {
            Burst burst = this;
            int commands = sentAt.length;
            HttpClient http = HttpClient.newBuilder()
                    .executor(java.util.concurrent.Executors.newFixedThreadPool(16))
                    .build();
            SignedCommands signed = new SignedCommands(http, "http://127.0.0.1:" + port + "/slack/events", SECRET);
            long start = System.nanoTime();
            long interval = 1_000_000_000L / rate;
            for (int i = 0; i < commands && !stopped; i++) {
                long due = start + i * interval;
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(due - System.nanoTime());
                }
                int n = i;
                HttpRequest request = signed.request(
                        "T1",
                        "UADMIN" + (i % users),
                        "task add Burst-" + i + " b",
                        "burst." + i,
                        slack.responseUrl("r" + i));
                burst.sentAt[i] = System.nanoTime();
                burst.sent.incrementAndGet();
                burst.inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                        .thenAccept(r -> {
                            burst.ackAt[n] = System.nanoTime();
                            burst.acked[n] = r.statusCode() == 200 && r.body().isEmpty();
                            if (burst.acked[n]) {
                                burst.acks.incrementAndGet();
                            }
                        })
                        .exceptionally(failure -> null));
            }
        }

        void settle() {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                    .orTimeout(30, TimeUnit.SECONDS)
                    .exceptionally(t -> null)
                    .join();
        }

        int sentCount() {
            return sent.get();
        }

        int ackedCount() {
            settle();
            int n = 0;
            for (boolean a : acked) {
                n += a ? 1 : 0;
            }
            return n;
        }

        double[] ackMillis() {
            return IntStream.range(0, acked.length)
                    .filter(i -> acked[i])
                    .mapToDouble(i -> (ackAt[i] - sentAt[i]) / 1e6)
                    .sorted()
                    .toArray();
        }
    }
}
