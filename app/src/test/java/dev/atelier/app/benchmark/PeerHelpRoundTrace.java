package dev.atelier.app.benchmark;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.atelier.app.storage.EmbeddedMongoServer;
import dev.atelier.core.peerhelp.PeerHelpRound;
import dev.atelier.core.store.MongoPeerHelpStores;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.testing.CountingPeerHelpQueue;
import dev.atelier.core.testing.MutableClock;
import dev.atelier.core.workspace.Outbound;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.bson.BsonValue;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Harness (not a test): what one peer-help round reads on an existing store. Opens the store's H2 file (fsync on, as
 * the application does), builds the round on the real stores, with a list that counts the entries its pages hand to
 * the round and a driver listener that counts the store commands, then runs {@code rounds} rounds {@link
 * PeerHelpRound#PACE} apart, the first {@code hoursAhead} hours after now (so that the delays of the questions a fill
 * wrote have passed), and prints per round: entries read, questions offered, store commands by collection and
 * operation, and time. There is no platform: an offer would be given back, nothing is posted.
 *
 * <p>Arguments: {@code directory [rounds=3] [hoursAhead=13]}. See BENCHMARKS.md.
 */
public final class PeerHelpRoundTrace {

    private static final AtomicBoolean RECORDING = new AtomicBoolean();
    private static final Map<String, LongAdder> COMMANDS = new ConcurrentHashMap<>();

    private PeerHelpRoundTrace() {}

    public static void main(String[] args) {
        Path directory = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long hoursAhead = args.length > 2 ? Long.parseLong(args[2]) : 13;
        MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofHours(hoursAhead)));
        EmbeddedMongoServer server = EmbeddedMongoServer.start(directory, 0, true);
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.getConnectionString()))
                .addCommandListener(new Counting())
                .build())) {
            MongoTemplate mongo = new MongoTemplate(client, "atelier");
            MongoStores stores = MongoStores.create(mongo, clock);
            CountingPeerHelpQueue queue = new CountingPeerHelpQueue(MongoPeerHelpStores.queue(mongo));
            PeerHelpRound round = new PeerHelpRound(
                    stores.questions(),
                    queue,
                    stores.peerHelp(),
                    stores.cohorts(),
                    new Outbound(List.of(), List.of()),
                    clock);
            for (int r = 1; r <= rounds; r++) {
                COMMANDS.clear();
                queue.reset();
                RECORDING.set(true);
                long start = System.nanoTime();
                int offered = round.run();
                long millis = (System.nanoTime() - start) / 1_000_000;
                RECORDING.set(false);
                long commands =
                        COMMANDS.values().stream().mapToLong(LongAdder::sum).sum();
                System.out.printf(
                        "round %d at %s: %,d entries read, %d offered, %,d store commands, %,d ms%n",
                        r, clock.instant(), queue.read(), offered, commands, millis);
                new TreeMap<>(COMMANDS).forEach((k, v) -> System.out.printf("    %,8d  %s%n", v.sum(), k));
                clock.advance(PeerHelpRound.PACE);
            }
        } finally {
            server.close();
        }
    }

    /** Counts the commands the driver sends while a round runs, by collection and operation. */
    private static final class Counting implements CommandListener {
        @Override
        public void commandStarted(CommandStartedEvent event) {
            if (RECORDING.get()) {
                BsonValue target = event.getCommand().get(event.getCommandName());
                String collection =
                        target != null && target.isString() ? target.asString().getValue() : "";
                COMMANDS.computeIfAbsent(collection + " " + event.getCommandName(), k -> new LongAdder())
                        .increment();
            }
        }
    }
}
