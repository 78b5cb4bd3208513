package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.testing.MutableClock;
import dev.atelier.core.testing.RecordingPlatform;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The clock's periodic work follows what is due or changed, on both embedded backends: once the
 * internships' visits ran, a round with nothing due reads no internship and sends no query that the
 * server would answer by scanning a domain collection; a change is visited at the next round; a store's
 * active internships are listed once, ever.
 */
class ClockVisitsTest {

    static final CommunityRef C = new CommunityRef(Platform.CONSOLE, "shop", "Shop");
    static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    static String run(AtelierBot bot, String who, String line) {
        return bot.run(new Caller(C, new Actor(new Member(who, who), who.equals("mod")), null), line)
                .reply()
                .text();
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aRoundWithNothingDueReadsNoInternshipAndAChangeIsVisitedAtTheNextRound(Function<Path, Backend> backend) {
        MutableClock clock = new MutableClock(START);
        RecordingPlatform platform = new RecordingPlatform(Platform.CONSOLE);
        try (Backend b = backend.apply(dir)) {
            // given three active pairs, their first visits done
            AtelierCore.Services core = b.core(clock, platform);
            AtelierBot bot = core.bot();
            run(bot, "mod", "task add Shop \"Add a checkout\" \"400 USD\" 40");
            for (String intern : List.of("alice", "carol", "dave")) {
                assertThat(run(bot, "mod", "internship start @" + intern + " @bob 1"))
                        .contains("started");
            }
            clock.set(START.plus(Duration.ofMinutes(2)));
            core.clockRound().run();

            // when the clock runs half an hour later with nothing due
            clock.set(START.plus(Duration.ofMinutes(30)));
            b.clearFilters();
            core.clockRound().run();

            // then every query named its documents by _id: the due-work cursor and the heads of the minutes since
            assertThat(b.filters()).isNotEmpty().allMatch(ClockVisitsTest::namesAnId);

            // when a question is asked, the next round visits that internship alone
            run(bot, "alice", "ask \"Where is the repository?\"");
            clock.set(START.plus(Duration.ofMinutes(31)));
            b.clearFilters();
            core.clockRound().run();
            assertThat(b.filters().stream().map(f -> f.get("_id")).filter(id -> id != null && id.isString()))
                    .extracting(id -> id.asString().getValue())
                    .contains(C.id() + "/1")
                    .doesNotContain(C.id() + "/2", C.id() + "/3");
            assertThat(b.filters())
                    .as("the visit and the due work read by _id only")
                    .allMatch(ClockVisitsTest::namesAnId);
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void activeInternshipsAreListedOnceEver(Function<Path, Backend> backend) {
        MutableClock clock = new MutableClock(START);
        RecordingPlatform platform = new RecordingPlatform(Platform.CONSOLE);
        try (Backend b = backend.apply(dir)) {
            AtelierCore.Services core = b.core(clock, platform);
            run(core.bot(), "mod", "task add Shop \"Add a checkout\" \"400 USD\" 40");
            run(core.bot(), "mod", "internship start @alice @bob 1");
            run(core.bot(), "mod", "internship start @carol @bob 1");
            run(core.bot(), "mod", "internship withdraw 2 \"moved on\"");
            var active = MongoStores.create(b.mongo(), clock).active();

            List<String> listed = new ArrayList<>();
            active.forEachOnce("listing-test", (community, number) -> listed.add(community.name() + "#" + number));
            active.forEachOnce("listing-test", (community, number) -> listed.add("again #" + number));

            assertThat(listed).containsExactly("Shop#1");
        }
    }

    /** Whether a filter names its document's {@code _id}, at its top level or in its top-level {@code $and}. */
    static boolean namesAnId(BsonDocument filter) {
        return filter.containsKey("_id")
                || (filter.isArray("$and")
                        && filter.getArray("$and").stream()
                                .anyMatch(c -> c.isDocument() && c.asDocument().containsKey("_id")));
    }
}
