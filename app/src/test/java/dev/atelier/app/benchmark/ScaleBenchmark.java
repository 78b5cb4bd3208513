package dev.atelier.app.benchmark;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import dev.atelier.app.AtelierApplication;
import dev.atelier.app.operations.SignedCommands;
import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.store.MongoStores;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Harness (not a test): the application on its embedded default store (durable H2 file, fsync), holding
 * {@code internships} internships in communities of {@code perCommunity}.
 * <ol>
 *   <li>A template community (the Slack workspace {@code T1}) is built through the real core, command by
 *       command: tasks, pairs, a milestone with a due date, logged hours, a question each.
 *   <li>Reply times of an intern's, a mentor's and a moderator's commands in {@code T1}: signed slash
 *       commands over HTTP, timed until their response URL is posted to ({@link BurstSlack} is the Web
 *       API), and the same lines through the core in-process (the console's path).
 *   <li>The template's documents are cloned into the other communities through the MongoDB driver (every
 *       string naming the community rewritten, batches of 1,000), and each cloned internship gets five
 *       pending due items through the real due-work store.
 *   <li>The application is restarted on the filled store (start-up time), left at rest (process CPU over
 *       {@code restSeconds}, heap in use after a GC, RSS), then timed again as in step 2.
 * </ol>
 * Arguments: {@code [internships=1000] [perCommunity=10] [samples=30] [restSeconds=60] [directory=temp]}.
 * See BENCHMARKS.md.
 */
public final class ScaleBenchmark {

    private static final String SECRET = "scale-secret";
    private static final CommunityRef T1 = new CommunityRef(Platform.SLACK, "T1", "Acme");
    private static final List<String> NOT_CLONED = List.of(
            "due_buckets",
            "due_segments",
            "due_work",
            "command_inbox",
            "command_inbox_lanes",
            "outbox",
            "outbox_lanes",
            "outbox_done",
            "deliveries");

    private ScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        quiet();
        int internships = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int perCommunity = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int restSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        Path directory = args.length > 4 ? Path.of(args[4]) : Files.createTempDirectory("scale");
        Files.createDirectories(directory);
        try (BurstSlack slack = new BurstSlack()) {
            int port = freePort();
            ConfigurableApplicationContext app = start(slack, port, directory);
            template(bot(app), perCommunity);
            System.out.printf("template community of %d internships built%n", perCommunity);
            String empty = measure(app, slack, port, samples, "one community");
            long cloneStart = System.nanoTime();
            clone(app.getBean(MongoTemplate.class), internships / perCommunity, perCommunity);
            System.out.printf(
                    "%,d internships in %,d communities stored; cloning took %.0f s%n",
                    internships, internships / perCommunity, (System.nanoTime() - cloneStart) / 1e9);
            app.close();
            long startAt = System.nanoTime();
            app = start(slack, port, directory);
            double startup = (System.nanoTime() - startAt) / 1e9;
            String rest = rest(restSeconds);
            String full = measure(app, slack, port, samples, "full store");
            app.close();
            System.out.printf(
                    "| %,d | %s | %s | %s | start-up %.1f s | load average %.1f |%n",
                    internships,
                    empty,
                    full,
                    rest,
                    startup,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        System.exit(0);
    }

    private static void quiet() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    private static ConfigurableApplicationContext start(BurstSlack slack, int port, Path directory) {
        return new SpringApplication(AtelierApplication.class)
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

    private static String run(AtelierBot bot, String who, boolean moderator, String line) {
        return bot.run(new Caller(T1, new Actor(new Member(who, who), moderator), null), line)
                .reply()
                .text();
    }

    private static void template(AtelierBot bot, int internships) {
        for (int i = 1; i <= internships; i++) {
            List<String> replies = List.of(
                    run(bot, "UADMIN", true, "task add Task" + i + " \"Work " + i + "\" \"100 USD\" 10"),
                    run(
                            bot,
                            "UADMIN",
                            true,
                            "internship start <@UINT" + i + "|int" + i + "> <@UMEN" + i + "|men" + i + "> " + i),
                    run(bot, "UMEN" + i, false, "milestone add " + i + " \"Draft " + i + "\" due:2027-01-15"),
                    run(bot, "UINT" + i, false, "log 3 \"worked on part " + i + "\""),
                    run(bot, "UINT" + i, false, "ask \"How do I start part " + i + "?\""));
            if (i == 1) {
                replies.forEach(r -> System.out.println(
                        "  template: " + r.lines().findFirst().orElse("")));
            }
        }
    }

    /** Reply times of three members' commands, over HTTP and through the core: "p50 / p99 ms" each. */
    private static String measure(
            ConfigurableApplicationContext app, BurstSlack slack, int port, int samples, String label)
            throws Exception {
        Map<String, String[]> commands = Map.of(
                "intern", new String[] {"UINT1", "status"},
                "mentor", new String[] {"UMEN1", "status 1"},
                "moderator", new String[] {"UADMIN", "task list"});
        HttpClient http = HttpClient.newHttpClient();
        SignedCommands signed = new SignedCommands(http, "http://127.0.0.1:" + port + "/slack/events", SECRET);
        AtelierBot bot = bot(app);
        StringBuilder out = new StringBuilder();
        for (String role : List.of("intern", "mentor", "moderator")) {
            String[] c = commands.get(role);
            double[] viaHttp = new double[samples];
            double[] viaCore = new double[samples];
            for (int s = 0; s < samples; s++) {
                String name = label.replace(' ', '-') + "-" + role + "-" + s;
                long sent = System.nanoTime();
                HttpResponse<String> ack = http.send(
                        signed.request("T1", c[0], c[1], "trigger-" + name, slack.responseUrl(name)),
                        HttpResponse.BodyHandlers.ofString());
                if (ack.statusCode() != 200) {
                    throw new IllegalStateException("not acknowledged: " + ack.statusCode());
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (slack.arrivals(name).isEmpty() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                viaHttp[s] = (slack.arrivals(name).get(0) - sent) / 1e6;
                long core = System.nanoTime();
                run(bot, c[0], c[0].equals("UADMIN"), c[1]);
                viaCore[s] = (System.nanoTime() - core) / 1e6;
            }
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

    /** Copies the template community's documents into {@code communities - 1} more, then plans their due items. */
    private static void clone(MongoTemplate mongo, int communities, int perCommunity) {
        DueWork due = MongoStores.create(mongo).dueWork();
        Instant later = Instant.parse("2027-01-04T09:00:00Z");
        for (String name : mongo.getCollectionNames()) {
            if (NOT_CLONED.contains(name)) {
                continue;
            }
            MongoCollection<Document> collection = mongo.getCollection(name);
            List<Document> template = collection.find().into(new ArrayList<>()).stream()
                    .filter(d -> d.toJson().contains(T1.id()))
                    .toList();
            List<Document> batch = new ArrayList<>();
            for (int k = 1; k < communities; k++) {
                String id = "TC" + k;
                for (Document d : template) {
                    batch.add((Document) rewrite(d, id));
                    if (batch.size() == 1000) {
                        insert(collection, batch);
                    }
                }
            }
            insert(collection, batch);
        }
        List<DueItem> items = new ArrayList<>();
        for (int k = 1; k < communities; k++) {
            CommunityRef community = new CommunityRef(Platform.SLACK, "TC" + k, "Clone " + k);
            for (int i = 1; i <= perCommunity; i++) {
                for (int w = 0; w < 5; w++) {
                    items.add(DueItem.of(
                            "checkin.prompt", community, i, w, "", "UINT" + i, later.plusSeconds(604_800L * w + i)));
                }
            }
            if (items.size() >= 1000) {
                due.planAll(items);
                items.clear();
            }
        }
        due.planAll(items);
    }

    private static void insert(MongoCollection<Document> collection, List<Document> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            collection.insertMany(batch, new InsertManyOptions().ordered(false));
        } catch (com.mongodb.MongoBulkWriteException someExisted) {
            // a document whose key names no community (a shared setting) exists once
        }
        batch.clear();
    }

    private static Object rewrite(Object value, String externalId) {
        if (value instanceof Document d) {
            Document copy = new Document();
            d.forEach((k, v) -> copy.put(k, rewrite(v, externalId)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> rewrite(v, externalId)).toList();
        }
        if (value instanceof String s) {
            return s.equals(T1.externalId()) ? externalId : s.replace(T1.id(), "slack:" + externalId);
        }
        if (value instanceof ObjectId) {
            return new ObjectId();
        }
        return value;
    }

    /** At rest: the process's CPU over the window, heap in use after a GC, resident set. */
    private static String rest(int seconds) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Thread.sleep(5_000);
        long cpu = os.getProcessCpuTime();
        long at = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        double share = (os.getProcessCpuTime() - cpu) * 100.0 / (System.nanoTime() - at);
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
