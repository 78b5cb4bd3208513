package dev.atelier.app.benchmark;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipData;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionStore;
import dev.atelier.core.shared.Requester;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.workspace.Outbound;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.BsonDocument;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * How fast an intern's, a mentor's and a moderator's commands answer with many internships stored (a
 * harness run by hand, not a test): fills the embedded store through the real stores with {@code
 * communities × perCommunity} internships in one cohort per community, each with a milestone and a
 * question, then runs intern ({@code status}, {@code home}, {@code resources}), mentor ({@code queue},
 * {@code home}) and moderator commands ({@code home}, {@code cohort list}, {@code task list}, {@code
 * appeal list}, {@code cohort health}) of one community through the core, and prints p50/p99 of each
 * and the queries each sent whose filter was not on {@code _id} alone (the embedded server scans the
 * whole collection for those, unless a unique index has exactly those keys).
 *
 * <p>Arguments: communities, internships per community, runs per command, backend ({@code h2},
 * {@code h2-fsync}, {@code memory}).
 */
public final class InternLookupBenchmark {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    public static void main(String[] args) throws Exception {
        int communities = Integer.parseInt(args[0]);
        int perCommunity = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        String backend = args.length > 3 ? args[3] : "h2";
        Path dir = Files.createTempDirectory("atelier-lookup");
        Map<String, Integer> scans = new ConcurrentHashMap<>();
        boolean[] recording = {false};
        String[] label = {""};
        try (Store store = Store.start(backend, dir);
                MongoClient client = MongoClients.create(MongoClientSettings.builder()
                        .applyConnectionString(new ConnectionString(store.connection()))
                        .addCommandListener(new CommandListener() {
                            @Override
                            public void commandStarted(CommandStartedEvent e) {
                                if (recording[0]) {
                                    record(
                                            BsonDocument.parse(e.getCommand().toJson()),
                                            e.getCommandName(),
                                            label[0],
                                            scans);
                                }
                            }
                        })
                        .build())) {
            MongoTemplate mongo = new MongoTemplate(client, "atelier");
            long fillStart = System.nanoTime();
            fill(mongo, communities, perCommunity);
            System.out.printf(
                    "filled %d internships (+ a question each) in %.1f s%n",
                    communities * perCommunity, (System.nanoTime() - fillStart) / 1e9);
            AtelierCore.Services core = AtelierCore.assemble(
                    mongo, new Outbound(List.of(), List.of()), Clock.systemUTC(), AtelierCore.Settings.ephemeral());
            CommunityRef c = community(communities / 2);
            Caller intern = new Caller(c, new Actor(new Member("intern-1", "Intern"), false), null);
            Caller mentor = new Caller(c, new Actor(new Member("mentor-0", "Mentor"), false), null);
            Caller moderator = new Caller(c, new Actor(new Member("moderator-1", "Moderator"), true), null);
            Map<String, Caller> callers = Map.of("intern", intern, "mentor", mentor, "moderator", moderator);
            for (String[] command : COMMANDS) {
                Caller caller = callers.get(command[0]);
                label[0] = command[0] + " `" + command[1] + "`";
                for (int i = 0; i < Math.max(10, runs / 10); i++) {
                    core.bot().run(caller, command[1]);
                }
                recording[0] = true;
                core.bot().run(caller, command[1]);
                recording[0] = false;
                List<Long> micros = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    core.bot().run(caller, command[1]);
                    micros.add((System.nanoTime() - start) / 1000);
                }
                Collections.sort(micros);
                System.out.printf(
                        "%s `%s`: p50 %.1f ms, p99 %.1f ms (%d runs, %s)%n",
                        command[0],
                        command[1],
                        micros.get(micros.size() / 2) / 1000.0,
                        micros.get((int) Math.ceil(micros.size() * 0.99) - 1) / 1000.0,
                        runs,
                        backend);
            }
            System.out.println(
                    "queries of one run of each command whose filter is not `_id` alone (collection: filter keys):");
            new TreeMap<>(scans).forEach((q, n) -> System.out.println("  " + q + "  x" + n));
        }
    }

    /** The commands timed, each as {role, command line}. */
    static final List<String[]> COMMANDS = List.of(
            new String[] {"intern", "status"},
            new String[] {"intern", "home"},
            new String[] {"intern", "resources"},
            new String[] {"mentor", "queue"},
            new String[] {"mentor", "home"},
            new String[] {"moderator", "home"},
            new String[] {"moderator", "cohort list"},
            new String[] {"moderator", "task list"},
            new String[] {"moderator", "appeal list"},
            new String[] {"moderator", "cohort health spring"});

    static CommunityRef community(int i) {
        return new CommunityRef(Platform.SLACK, "T" + i, "community " + i);
    }

    /**
     * Each community: one cohort {@code spring}, mentors mentor-0..9, interns intern-1..n; internship k of the
     * cohort pairs intern-k with mentor-(k%10), with one milestone and one question to the mentor.
     */
    static void fill(MongoTemplate mongo, int communities, int perCommunity) {
        MongoStores stores = MongoStores.create(mongo);
        InternshipStore internships = stores.internships();
        QuestionStore questions = stores.questions();
        for (int ci = 0; ci < communities; ci++) {
            CommunityRef c = community(ci);
            stores.communities().ensure(c);
            stores.cohorts().insert(Cohort.create(c.id(), "spring", null, null, null, "moderator-1", NOW));
            for (int k = 1; k <= perCommunity; k++) {
                Member intern = new Member("intern-" + k, "Intern " + k);
                Member mentor = new Member("mentor-" + (k % 10), "Mentor " + (k % 10));
                long number = internships.nextInternshipNumber(c.id());
                Internship i = Internship.start(
                        new InternshipData(c.id(), number, intern, mentor, 1, "Task", "spring", NOW, null),
                        mentor,
                        NOW);
                i.planning()
                        .add(
                                new Requester(c, mentor, false),
                                internships.nextMilestoneNumber(c.id()),
                                "Design",
                                "criteria",
                                null,
                                NOW);
                internships.save(i);
                questions.save(Question.ask(
                        c.id(),
                        questions.nextNumber(c.id()),
                        number,
                        "spring",
                        intern,
                        mentor,
                        "How do I start?",
                        NOW));
            }
        }
    }

    static final Set<String> NON_QUERIES = Set.of("insert", "createIndexes", "listIndexes", "endSessions");

    static void record(BsonDocument command, String name, String label, Map<String, Integer> scans) {
        if (NON_QUERIES.contains(name)) {
            return;
        }
        String collection = command.get(name) != null && command.get(name).isString()
                ? command.getString(name).getValue()
                : name;
        List<BsonDocument> filters = new ArrayList<>();
        if (command.containsKey("filter")) {
            filters.add(command.getDocument("filter"));
        }
        if (command.containsKey("query")) {
            filters.add(command.getDocument("query"));
        }
        if (command.containsKey("updates")) {
            command.getArray("updates").forEach(u -> filters.add(u.asDocument().getDocument("q")));
        }
        if (command.containsKey("deletes")) {
            command.getArray("deletes").forEach(u -> filters.add(u.asDocument().getDocument("q")));
        }
        if (command.containsKey("pipeline")) {
            scans.merge(label + ": " + name + " " + collection + ": aggregate", 1, Integer::sum);
        }
        for (BsonDocument f : filters) {
            if (!f.keySet().equals(Set.of("_id"))) {
                scans.merge(label + ": " + name + " " + collection + ": " + f.keySet(), 1, Integer::sum);
            }
        }
    }
}
