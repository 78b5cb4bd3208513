package dev.atelier.app.benchmark;

import dev.atelier.app.AtelierApplication;
import dev.atelier.app.operations.SignedCommands;
import dev.atelier.app.storage.DurableH2Backend;
import dev.atelier.app.storage.EmbeddedMongoServer;
import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.rights.RetentionStore;
import dev.atelier.core.rights.RightsServices;
import dev.atelier.core.store.MongoStores;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Harness (not a test): the application on its embedded default store (durable H2 file, fsync), holding
 * {@code internships} internships in communities of {@code perCommunity}.
 * <ol>
 *   <li>A template community (the Slack workspace {@code T1}) is built through the real core
 *       ({@link ScaleTemplate}: per internship a task, both profiles, three milestones, a review, hours,
 *       ten questions; check-in answers, counted messages and fifty due items through the store ports).
 *   <li>Reply times of an intern's, a mentor's and a moderator's commands in {@code T1}: signed slash
 *       commands over HTTP, timed until their response URL is posted to ({@link BurstSlack} is the Web
 *       API), and the same lines through the core in-process (the console's path).
 *   <li>The application is stopped and the template's documents are cloned into the other communities
 *       in-process, into the same backend the application opens ({@link ScaleClone}, one commit per group of
 *       communities); {@code scale-written.txt} in {@code directory} says what the store holds. The first run
 *       writes the store and stops.
 *   <li>A run on a written store (a fresh JVM) starts the application on it (start-up time), checks that a
 *       cloned community answers the three commands as the template does, leaves it at
 *       rest (process CPU over {@code restSeconds}, heap in use after a GC, RSS), times the commands as in
 *       step 2 with everything stored, then again with only the template stored (a temporary directory).
 * </ol>
 * Arguments: {@code [internships=1000] [perCommunity=10] [samples=30] [restSeconds=60] [directory=temp]}.
 * See BENCHMARKS.md.
 */
public final class ScaleBenchmark {

    static final String SECRET = "scale-secret";
    private static final String DATABASE = "atelier";
    /** The store's page cache while cloning, in MB (the application runs with the store's default). */
    private static final int WRITE_CACHE_MB = 512;

    private static final CommunityRef T1 = new CommunityRef(Platform.SLACK, "T1", "Acme");
    /** After start-up, before the rest window: the first clock rounds run and the JIT settles. */
    private static final long SETTLE_MILLIS = 20_000;

    /** The retention round's Quartz trigger (app {@code RetentionScheduling}). */
    private static final String RETENTION_TRIGGER = "retention-round";

    private ScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        quiet();
        int internships = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int perCommunity = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int restSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        Path directory = args.length > 4 ? Path.of(args[4]) : Files.createTempDirectory("scale");
        // commands of each kind run before the timed ones, in both phases, and printed apart (0: none)
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        Files.createDirectories(directory);
        Path written = directory.resolve("scale-written.txt");
        try (BurstSlack slack = new BurstSlack()) {
            int port = freePort();
            if (!Files.exists(written)) {
                write(slack, port, directory, internships, perCommunity, written);
                System.out.println("store written; run the same command again to measure it (in a fresh JVM)");
                System.exit(0);
            }
            System.out.println("the store holds: " + Files.readString(written));
            long startAt = System.nanoTime();
            ConfigurableApplicationContext app = start(slack, port, directory);
            double startup = (System.nanoTime() - startAt) / 1e9;
            System.out.printf("start-up on the full store: %.1f s%n", startup);
            sameAnswers(bot(app));
            String retention = retentionPass(app);
            String rest = rest(restSeconds);
            String full = measure(app, slack, port, samples, warmUp, "full store");
            app.close();
            Path templateOnly = Files.createTempDirectory("scale-template");
            app = start(slack, port, templateOnly);
            new ScaleTemplate(bot(app), MongoStores.create(app.getBean(MongoTemplate.class)), T1).build(perCommunity);
            String empty = measure(app, slack, port, samples, warmUp, "template only");
            app.close();
            System.out.printf(
                    "| %,d | %s | %s | %s | %s | start-up %.1f s | load average %.1f |%n",
                    internships,
                    empty,
                    full,
                    rest,
                    retention,
                    startup,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        System.exit(0);
    }

    /** Builds the template community through the core and clones it; records what the store holds. */
    private static void write(
            BurstSlack slack, int port, Path directory, int internships, int perCommunity, Path written)
            throws Exception {
        ConfigurableApplicationContext app = start(slack, port, directory);
        MongoStores stores = MongoStores.create(app.getBean(MongoTemplate.class));
        long built = System.nanoTime();
        new ScaleTemplate(bot(app), stores, T1).build(perCommunity);
        System.out.printf(
                "template community of %d internships built in %.0f s%n",
                perCommunity, (System.nanoTime() - built) / 1e9);
        app.close();
        long cloneStart = System.nanoTime();
        Map<String, Long> counts = cloneInProcess(directory, 1, internships / perCommunity);
        double seconds = (System.nanoTime() - cloneStart) / 1e9;
        long documents = counts.entrySet().stream()
                .filter(e -> !e.getKey().equals(ScaleClone.PENDING_ITEMS))
                .mapToLong(Map.Entry::getValue)
                .sum();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        String volume = String.format(
                "%,d internships in %,d communities; cloned in %.0f s (%,.0f documents a second; heap max %d MB,"
                        + " committed %d MB, peak in use %d MB); store file %,d MB; %s",
                internships,
                internships / perCommunity,
                seconds,
                documents / seconds,
                heap.getMax() >> 20,
                heap.getCommitted() >> 20,
                peakHeap() >> 20,
                Files.size(directory.resolve(EmbeddedMongoServer.STORE_FILE_NAME)) >> 20,
                counts);
        System.out.println(volume);
        Files.writeString(written, volume);
    }

    /**
     * Clones the template into communities {@code TC<from>} .. {@code TC<to - 1>} in-process: the store file is
     * opened by the same backend the application uses (no fsync while filling: one commit per group of
     * communities, then a commit and a sync when it is closed), with a larger page cache than the
     * application's (pages of the big collections are read back less often while they grow).
     */
    static Map<String, Long> cloneInProcess(Path directory, int from, int to) {
        MVStore store = new MVStore.Builder()
                .fileName(directory.resolve(EmbeddedMongoServer.STORE_FILE_NAME).toString())
                .autoCommitDisabled()
                .cacheSize(WRITE_CACHE_MB)
                .open();
        DurableH2Backend backend = new DurableH2Backend(store, false);
        try {
            return new ScaleClone(backend.resolveDatabase(DATABASE), backend::commit, T1).into(from, to);
        } finally {
            backend.close();
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static void quiet() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    /** The application on the store in {@code directory}, Slack on the stand-in; {@code extra} adds configuration. */
    static ConfigurableApplicationContext start(BurstSlack slack, int port, Path directory, Class<?>... extra) {
        Class<?>[] sources = new Class<?>[extra.length + 1];
        sources[0] = AtelierApplication.class;
        System.arraycopy(extra, 0, sources, 1, extra.length);
        return new SpringApplication(sources)
                .run(
                        "--server.port=" + port,
                        "--atelier.store.embedded.path=" + directory,
                        "--atelier.credentials.key-path=" + directory.resolve("keys"),
                        "--atelier.slack.bot-token=xoxb-bench",
                        "--atelier.slack.signing-secret=" + SECRET,
                        "--atelier.slack.api-url=" + slack.apiUrl(),
                        "--atelier.slack.response-url-hosts=127.0.0.1",
                        "--atelier.discord.token=",
                        "--logging.level.root=error");
    }

    private static AtelierBot bot(ConfigurableApplicationContext app) {
        return app.getBean(AtelierCore.Services.class).bot();
    }

    /** Reply times of three members' commands, over HTTP and through the core: "p50 / p99 ms" each. */
    private static String measure(
            ConfigurableApplicationContext app, BurstSlack slack, int port, int samples, int warmUp, String label)
            throws Exception {
        Map<String, String[]> commands = Map.of(
                "intern", new String[] {"UINT1", "status"},
                "mentor", new String[] {"UMEN1", "status 1"},
                "moderator", new String[] {"UADMIN", "task list"});
        HttpClient http = HttpClient.newHttpClient();
        SignedCommands signed = new SignedCommands(http, "http://127.0.0.1:" + port + "/slack/events", SECRET);
        AtelierBot bot = bot(app);
        StringBuilder out = new StringBuilder();
        // trigger ids unique to this run: a store measured before remembers the last run's for a day, and
        // takes a command with one of them for Slack's retry of it (acknowledged, not answered again)
        String run = Long.toString(System.currentTimeMillis(), 36);
        // the harness's own HTTP client loads and connects on its first request: make that one to the stand-in
        // (not the application), so that the first sample times the application, not the client
        http.send(
                HttpRequest.newBuilder(URI.create(slack.responseUrl("client-warm-up-" + run)))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        System.out.printf("%s: samples from %s%n", label, Instant.now());
        for (String role : List.of("intern", "mentor", "moderator")) {
            String[] c = commands.get(role);
            double[] viaHttp = new double[samples];
            double[] viaCore = new double[samples];
            double[] warming = new double[warmUp];
            for (int s = -warmUp; s < samples; s++) {
                String name = label.replace(' ', '-') + "-" + role + "-" + s;
                long sent = System.nanoTime();
                HttpResponse<String> ack = http.send(
                        signed.request("T1", c[0], c[1], "trigger-" + run + "-" + name, slack.responseUrl(name)),
                        HttpResponse.BodyHandlers.ofString());
                if (ack.statusCode() != 200) {
                    throw new IllegalStateException("not acknowledged: " + ack.statusCode());
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (slack.arrivals(name).isEmpty() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                double took = (slack.arrivals(name).get(0) - sent) / 1e6;
                long core = System.nanoTime();
                bot.run(new Caller(T1, new Actor(new Member(c[0], c[0]), c[0].equals("UADMIN")), null), c[1]);
                if (s < 0) {
                    warming[s + warmUp] = took;
                    continue;
                }
                viaHttp[s] = took;
                viaCore[s] = (System.nanoTime() - core) / 1e6;
            }
            if (warmUp > 0) {
                System.out.printf(
                        "%s, %s, warm-up before the samples, not counted (ms): HTTP %s%n",
                        label, role, samplesInOrder(warming));
            }
            System.out.printf(
                    "%s, %s, each sample in order (ms): HTTP %s; core %s%n",
                    label, role, samplesInOrder(viaHttp), samplesInOrder(viaCore));
            Arrays.sort(viaHttp);
            Arrays.sort(viaCore);
            System.out.printf(
                    "%s, %s: HTTP p50 %.0f ms, p99 %.0f ms; core p50 %.1f ms, p99 %.1f ms%n",
                    label, role, pct(viaHttp, 0.5), pct(viaHttp, 0.99), pct(viaCore, 0.5), pct(viaCore, 0.99));
            out.append(String.format(
                    "%s %.0f / %.0f (core %.1f / %.1f) ",
                    role, pct(viaHttp, 0.5), pct(viaHttp, 0.99), pct(viaCore, 0.5), pct(viaCore, 0.99)));
        }
        return out.toString().strip();
    }

    private static String samplesInOrder(double[] samples) {
        return Arrays.stream(samples)
                .mapToObj(ms -> String.format("%.0f", ms))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** The first clone answers the three commands as the template does (its ids read as the template's). */
    private static void sameAnswers(AtelierBot bot) {
        CommunityRef clone = new CommunityRef(Platform.SLACK, "TC1", T1.name());
        for (String[] c : List.of(new String[] {"UINT1", "status"}, new String[] {"UMEN1", "status 1"}, new String[] {
            "UADMIN", "task list"
        })) {
            Actor actor = new Actor(new Member(c[0], c[0]), c[0].equals("UADMIN"));
            String template = bot.run(new Caller(T1, actor, null), c[1]).reply().text();
            String cloned =
                    bot.run(new Caller(clone, actor, null), c[1]).reply().text();
            boolean same = template.equals(cloned.replace(clone.id(), T1.id()).replace("TC1", T1.externalId()));
            System.out.println(
                    same
                            ? "the clone TC1 answers '" + c[1] + "' as the template T1 does"
                            : "DIFFERS: the clone TC1 answers '" + c[1] + "' with\n" + cloned + "\nthe template with\n"
                                    + template);
        }
    }

    /**
     * The daily retention pass, timed on its own: its trigger (first a minute after start, then once a day) is held
     * for the rest of this run, so the pass runs here, before the rest window, and not inside it.
     */
    private static String retentionPass(ConfigurableApplicationContext app) throws Exception {
        app.getBean(Scheduler.class).pauseTrigger(TriggerKey.triggerKey(RETENTION_TRIGGER));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu = os.getProcessCpuTime();
        long at = System.nanoTime();
        Instant from = Instant.now();
        RetentionStore.Purged purged =
                app.getBean(RightsServices.class).retention().run();
        double wall = (System.nanoTime() - at) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        long peak =
                heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        System.out.printf(
                "daily retention pass (%s to %s): %.1f s, %.1f s of CPU (%.2f %% of a core over a day); purged %,d;"
                        + " heap pools' peaks summed %d MB%n",
                from, Instant.now(), wall, cpuSeconds, cpuSeconds * 100 / 86_400, purged.total(), peak);
        return String.format("retention pass %.0f s, CPU %.0f s a day, heap peak %d MB", wall, cpuSeconds, peak);
    }

    /** At rest: the process's CPU over the window, heap in use after a GC, resident set. */
    private static String rest(int seconds) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Thread.sleep(SETTLE_MILLIS);
        double share = 0;
        // two windows one after the other: the first still holds the JIT's and the collector's settling after
        // start-up and the retention pass; the second is the instance at rest (reported)
        for (int window = 1; window <= 2; window++) {
            long cpu = os.getProcessCpuTime();
            long at = System.nanoTime();
            Instant from = Instant.now();
            Thread.sleep(seconds * 1000L);
            share = (os.getProcessCpuTime() - cpu) * 100.0 / (System.nanoTime() - at);
            System.out.printf("rest window %d, %s to %s: %.1f %% of a core%n", window, from, Instant.now(), share);
        }
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024)
                .findFirst()
                .orElse(-1L);
        System.out.printf(
                "at rest: %.1f %% of a core over %d s, heap in use %d MB, RSS %d MB%n",
                share, seconds, heap >> 20, rss >> 20);
        return String.format("idle %.1f %% · heap %d MB · RSS %d MB", share, heap >> 20, rss >> 20);
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
