package dev.atelier.app.benchmark;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import dev.atelier.app.operations.SignedCommands;
import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Harness (not a test): what the application sends to its store while one command runs, and while
 * nothing happens. Starts the application on an existing store (e.g. a copy of one {@link
 * ScaleBenchmark} wrote), records every command the driver sends (collection, operation, the shape of
 * its filter, time the server took) while each of an intern's, a mentor's and a moderator's commands of
 * workspace {@code T1} runs once through the core and once as a signed slash command over HTTP (inbox,
 * worker, outbox), then over a window at rest. A filter on anything but {@code _id} is marked
 * {@code SCAN?}: the embedded server scans the collection for it unless a unique index has exactly its
 * keys.
 *
 * Then each command is timed {@code samples} times both ways (p50 / p99), and, 20 s later, the process's CPU is
 * taken over the rest window.
 *
 * <p>Arguments: {@code directory [restSeconds=30] [samples=20]}. See BENCHMARKS.md.
 */
public final class QueryTrace {

    /** The signing secret the application is started with ({@link ScaleBenchmark#start}). */
    private static final String SECRET = ScaleBenchmark.SECRET;

    private static final CommunityRef T1 = new CommunityRef(Platform.SLACK, "T1", "Acme");
    private static final AtomicBoolean RECORDING = new AtomicBoolean();
    private static final long SETTLE_MILLIS = 20_000;
    /** Names this run's slash commands (their delivery keys): a second run on the same store is no duplicate. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private static final Map<Integer, String> STARTED = new ConcurrentHashMap<>();
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();
    private static final Map<String, LongAdder> MICROS = new ConcurrentHashMap<>();

    private QueryTrace() {}

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        int restSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        try (BurstSlack slack = new BurstSlack()) {
            int port = freePort();
            long startAt = System.nanoTime();
            ConfigurableApplicationContext app = ScaleBenchmark.start(slack, port, directory, Listening.class);
            System.out.printf("start-up: %.1f s%n", (System.nanoTime() - startAt) / 1e9);
            AtelierBot bot = app.getBean(AtelierCore.Services.class).bot();
            SignedCommands signed = new SignedCommands(
                    HttpClient.newHttpClient(), "http://127.0.0.1:" + port + "/slack/events", SECRET);
            String[][] commands = {
                {"UINT1", "status"},
                {"UINT1", "home"},
                {"UMEN1", "status 1"},
                {"UMEN1", "home"},
                {"UADMIN", "task list"},
                {"UADMIN", "home"}
            };
            for (String[] c : commands) {
                Caller caller = new Caller(T1, new Actor(new Member(c[0], c[0]), c[0].equals("UADMIN")), null);
                bot.run(caller, c[1]);
                record();
                long core = System.nanoTime();
                bot.run(caller, c[1]);
                long took = System.nanoTime() - core;
                print(String.format("core %s `%s` (%.1f ms)", c[0], c[1], took / 1e6));
                String name = RUN + "-trace-" + c[0] + "-" + c[1].replace(' ', '-');
                record();
                long sent = System.nanoTime();
                Answered answered = overHttp(signed, slack, c[0], c[1], name);
                Thread.sleep(300);
                print(String.format(
                        "HTTP %s `%s` (ack %d, answered in %.1f ms; 300 ms after included)",
                        c[0], c[1], answered.ackStatus(), (answered.atNanos() - sent) / 1e6));
            }
            for (String[] c : commands) {
                Caller caller = new Caller(T1, new Actor(new Member(c[0], c[0]), c[0].equals("UADMIN")), null);
                double[] viaCore = new double[samples];
                double[] viaHttp = new double[samples];
                for (int s = 0; s < samples; s++) {
                    long core = System.nanoTime();
                    bot.run(caller, c[1]);
                    viaCore[s] = (System.nanoTime() - core) / 1e6;
                    String name = RUN + "-time-" + s + "-" + c[0] + "-" + c[1].replace(' ', '-');
                    long sent = System.nanoTime();
                    viaHttp[s] = (overHttp(signed, slack, c[0], c[1], name).atNanos() - sent) / 1e6;
                }
                java.util.Arrays.sort(viaCore);
                java.util.Arrays.sort(viaHttp);
                System.out.printf(
                        "timed %s `%s`: HTTP p50 %.0f / p99 %.0f ms; core p50 %.0f / p99 %.0f ms (%d samples)%n",
                        c[0],
                        c[1],
                        pct(viaHttp, 0.5),
                        pct(viaHttp, 0.99),
                        pct(viaCore, 0.5),
                        pct(viaCore, 0.99),
                        samples);
            }
            var os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            Thread.sleep(SETTLE_MILLIS); // the replies above leave the outbox first
            record();
            long cpu = os.getProcessCpuTime();
            long at = System.nanoTime();
            Thread.sleep(restSeconds * 1000L);
            double share = (os.getProcessCpuTime() - cpu) * 100.0 / (System.nanoTime() - at);
            print(String.format(
                    "at rest for %d s: %.1f %% of a core; load average %.1f",
                    restSeconds, share, os.getSystemLoadAverage()));
            app.close();
        }
        System.exit(0);
    }

    /**
     * Sends {@code line} as {@code member} as a signed slash command (delivery {@code name}) and waits up to 60 s
     * for its answer at the response URL.
     */
    private static Answered overHttp(SignedCommands signed, BurstSlack slack, String member, String line, String name)
            throws Exception {
        HttpResponse<String> ack = HttpClient.newHttpClient()
                .send(
                        signed.request("T1", member, line, name, slack.responseUrl(name)),
                        HttpResponse.BodyHandlers.ofString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (slack.arrivals(name).isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        long answeredAt =
                slack.arrivals(name).isEmpty() ? deadline : slack.arrivals(name).get(0);
        return new Answered(ack.statusCode(), answeredAt);
    }

    /** The ack's status and when the answer arrived ({@link System#nanoTime}; the deadline when none did). */
    private record Answered(int ackStatus, long atNanos) {}

    private static void record() {
        COUNTS.clear();
        MICROS.clear();
        RECORDING.set(true);
    }

    private static void print(String title) {
        RECORDING.set(false);
        System.out.println("== " + title + ": "
                + COUNTS.values().stream().mapToLong(LongAdder::sum).sum() + " store commands");
        new TreeMap<>(COUNTS)
                .forEach((shape, n) -> System.out.printf(
                        "   %4d x %8.1f ms  %s%n", n.sum(), MICROS.get(shape).sum() / 1000.0, shape));
    }

    /** {@code collection op {filter shape}}, values left out; marked when not on {@code _id} alone. */
    static String shape(CommandStartedEvent e) {
        BsonDocument command = e.getCommand();
        String op = e.getCommandName();
        BsonValue target = command.get(op);
        String collection =
                target != null && target.isString() ? target.asString().getValue() : "";
        BsonDocument filter = null;
        if (command.containsKey("filter") && command.get("filter").isDocument()) {
            filter = command.getDocument("filter");
        } else if (command.containsKey("query") && command.get("query").isDocument()) {
            filter = command.getDocument("query");
        } else if (command.containsKey("pipeline")) {
            return collection + " " + op + " pipeline SCAN?";
        } else if (command.containsKey("updates")) {
            var updates = command.getArray("updates");
            filter = updates.isEmpty() ? null : updates.get(0).asDocument().getDocument("q");
            op = op + "[" + updates.size() + "]";
        } else if (command.containsKey("deletes")) {
            var deletes = command.getArray("deletes");
            filter = deletes.isEmpty() ? null : deletes.get(0).asDocument().getDocument("q");
            op = op + "[" + deletes.size() + "]";
        }
        if (filter == null) {
            return collection + " " + op;
        }
        String keys = keys(filter);
        boolean byId = filter.keySet().equals(java.util.Set.of("_id"));
        String sort = command.containsKey("sort") ? " sort " + keys(command.getDocument("sort")) : "";
        return collection + " " + op + " " + keys + sort + (byId ? "" : "  SCAN?");
    }

    private static String keys(BsonDocument d) {
        StringBuilder s = new StringBuilder("{");
        d.forEach((k, v) -> {
            if (s.length() > 1) {
                s.append(", ");
            }
            s.append(k);
            if (v.isDocument() && v.asDocument().keySet().stream().anyMatch(x -> x.startsWith("$"))) {
                s.append(":").append(v.asDocument().keySet());
            }
        });
        return s.append("}").toString();
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Adds the recording listener to the application's MongoDB client. */
    @Configuration(proxyBeanMethods = false)
    static class Listening {

        @Bean
        MongoClientSettingsBuilderCustomizer traceListener() {
            return settings -> settings.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent e) {
                    if (RECORDING.get()) {
                        STARTED.put(
                                e.getRequestId(),
                                Thread.currentThread().getName().replaceAll("[-0-9]+$", "") + " | " + shape(e));
                    }
                }

                @Override
                public void commandSucceeded(CommandSucceededEvent e) {
                    String shape = STARTED.remove(e.getRequestId());
                    if (shape != null) {
                        COUNTS.computeIfAbsent(shape, k -> new LongAdder()).increment();
                        MICROS.computeIfAbsent(shape, k -> new LongAdder())
                                .add(e.getElapsedTime(TimeUnit.MICROSECONDS));
                    }
                }
            });
        }
    }
}
