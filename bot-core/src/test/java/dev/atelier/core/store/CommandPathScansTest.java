package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.inbox.CommandInbox;
import dev.atelier.core.inbox.Inbox;
import dev.atelier.core.inbox.InboxCommand;
import dev.atelier.core.inbox.InboxEntry;
import dev.atelier.core.inbox.LaneClaim;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import dev.atelier.core.outbox.OutboxDelivery;
import dev.atelier.core.testing.MutableClock;
import dev.atelier.core.testing.RecordingPlatform;
import dev.atelier.core.workspace.Outbound;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What runs on every slash command and every clock tick reads by {@code _id} (or by {@code _id} and one field
 * that a unique index covers), on both embedded backends: the inbox's claim of a lane, whatever number of
 * answered commands it keeps, an idle outbox worker's look, whatever number of lanes it keeps, and the peer-help
 * round, whatever number of questions wait. The embedded
 * server scans the whole collection for any other filter.
 */
class CommandPathScansTest {

    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    static final CommunityRef C = new CommunityRef(Platform.CONSOLE, "shop", "Shop");
    /** Filters a unique index of the inbox serves (besides {@code _id} alone). */
    static final Set<Set<String>> INBOX_FILTERS = Set.of(
            Set.of("_id"),
            Set.of("_id", "state"),
            Set.of("_id", "done"),
            Set.of("_id", "leaseUntil"),
            Set.of("_id", "holder"));

    @TempDir
    Path dir;

    static InboxCommand command(String key, String who, Instant at) {
        return InboxCommand.line(
                key, new Caller(C, new Actor(new Member(who, who), false), null), "status", "reply:" + key, at);
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void theInboxClaimsItsOldestLaneByIdWhateverItKeepsAnswered(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            CommandInbox inbox = MongoOperationsStores.create(b.mongo()).inbox();
            // given thirty answered commands of alice, kept for a day
            for (int k = 0; k < 30; k++) {
                Instant at = T0.plusSeconds(k);
                assertThat(inbox.accept(command("a" + k, "alice", at))).isTrue();
                LaneClaim claim = inbox.claim("one", at, Duration.ofMinutes(1)).orElseThrow();
                InboxEntry entry = inbox.next(claim).orElseThrow();
                assertThat(inbox.applied(entry.command().key(), Message.privateReply(Text.of("ok")), at))
                        .isTrue();
                inbox.answered(entry.command().key(), "reply", at);
                assertThat(inbox.next(claim)).isEmpty();
                inbox.release(claim, Instant.EPOCH);
            }
            Instant now = T0.plusSeconds(60);

            // when an idle worker looks for work
            b.clearFilters();
            assertThat(inbox.claim("one", now, Duration.ofMinutes(1))).isEmpty();
            // then it read the pending list, by _id, and nothing else
            assertThat(b.filters())
                    .singleElement()
                    .satisfies(f -> assertThat(f.keySet()).containsExactly("_id"));

            // when carol's two commands and dan's one wait, carol's first
            Inbox arrivals = new Inbox(inbox, () -> {});
            arrivals.accept(command("c1", "carol", now));
            arrivals.accept(command("d1", "dan", now.plusMillis(1)));
            arrivals.accept(command("c2", "carol", now.plusMillis(2)));
            b.clearFilters();
            LaneClaim carol = inbox.claim("one", now, Duration.ofMinutes(1)).orElseThrow();
            Optional<LaneClaim> second = inbox.claim("two", now, Duration.ofMinutes(1));
            assertThat(inbox.depth()).isEqualTo(3);
            List<String> order = new java.util.ArrayList<>();
            for (Optional<InboxEntry> e = inbox.next(carol); e.isPresent(); e = inbox.next(carol)) {
                order.add(e.get().command().key());
                inbox.applied(e.get().command().key(), Message.privateReply(Text.of("ok")), now);
                inbox.answered(e.get().command().key(), "reply", now);
            }
            assertThat(inbox.renew(carol, now.plusSeconds(90))).isTrue();
            inbox.release(carol, Instant.EPOCH);

            // then carol's lane went to the first claimer, dan's to the second, in arrival order
            assertThat(carol.lane()).isEqualTo(C.id() + "/carol");
            assertThat(second).hasValueSatisfying(l -> assertThat(l.lane()).isEqualTo(C.id() + "/dan"));
            assertThat(order).containsExactly("c1", "c2");
            assertThat(inbox.depth()).isEqualTo(1);
            // and every filter was on _id, or on _id and a field a unique index covers
            assertThat(Stream.concat(b.filters().stream(), b.deletes().stream()))
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(INBOX_FILTERS).contains(f.keySet()));
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void thePeerHelpRoundLoadsOnlyTheQuestionsWhoseDelayPassed(Function<Path, Backend> backend) {
        MutableClock clock = new MutableClock(T0);
        RecordingPlatform platform = new RecordingPlatform(Platform.CONSOLE);
        try (Backend b = backend.apply(dir)) {
            // given three pairs, each intern with a question, peer help after 2 h in help-chan
            AtelierCore.Services core = b.core(clock, platform);
            AtelierBot bot = core.bot();
            run(bot, "mod", "task add Shop \"Add a checkout\" \"400 USD\" 40");
            run(bot, "mod", "peerhelp 2 help-chan");
            for (String intern : List.of("alice", "carol", "dave")) {
                assertThat(run(bot, "mod", "internship start @" + intern + " @bob 1"))
                        .contains("started");
                run(bot, intern, "ask \"How do I seed the database?\"");
            }

            // when the round runs an hour and a half later
            clock.set(T0.plus(Duration.ofMinutes(90)));
            b.clearFilters();
            assertThat(core.peerHelp().run()).isZero();
            // then it read by _id alone and loaded no question
            assertThat(b.filters()).allSatisfy(f -> assertThat(f.keySet()).containsExactly("_id"));
            assertThat(b.targets()).doesNotContain("questions");

            // when the delay passed
            clock.set(T0.plus(Duration.ofHours(2)).plus(Duration.ofMinutes(1)));
            b.clearFilters();
            assertThat(core.peerHelp().run()).isEqualTo(3);
            // then each question was loaded and offered by _id (a unique index serves _id and version)
            assertThat(b.filters())
                    .allSatisfy(f -> assertThat(Set.of(Set.of("_id"), Set.of("_id", "version")))
                            .contains(f.keySet()));
            assertThat(b.targets()).contains("questions");

            // and a round after that finds nothing left to load
            clock.set(T0.plus(Duration.ofHours(3)));
            b.clearFilters();
            assertThat(core.peerHelp().run()).isZero();
            assertThat(b.targets()).doesNotContain("questions");
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void anIdleOutboxWorkerReadsOneListByIdWhateverWasSent(Function<Path, Backend> backend) {
        MutableClock clock = new MutableClock(T0);
        RecordingPlatform platform = new RecordingPlatform(Platform.CONSOLE);
        try (Backend b = backend.apply(dir)) {
            // given a community whose pairs were started and told so (messages sent through the outbox)
            Outbound outbound = new Outbound(List.of(platform), List.of(platform));
            AtelierBot bot = AtelierCore.assemble(b.mongo(), outbound, clock, AtelierCore.Settings.ephemeral())
                    .bot();
            OutboxDelivery outbox = outbound.delivery().orElseThrow();
            run(bot, "mod", "task add Shop \"Add a checkout\" \"400 USD\" 40");
            for (String intern : List.of("alice", "carol", "dave", "erin")) {
                assertThat(run(bot, "mod", "internship start @" + intern + " @bob 1"))
                        .contains("started");
            }
            outbox.drain();
            assertThat(platform.sent()).isNotEmpty();

            // when the worker looks again within the minute of its sweep
            clock.set(T0.plusSeconds(30));
            b.clearFilters();
            assertThat(outbox.drain()).isZero();
            List<String> idle =
                    b.filters().stream().map(f -> String.join(",", f.keySet())).toList();

            // then the look read the list of lanes with work by _id, and nothing else
            assertThat(idle).containsExactly("_id");
            assertThat(b.targets()).containsExactly("outbox_active");
        }
    }

    static String run(AtelierBot bot, String who, String line) {
        return bot.run(new Caller(C, new Actor(new Member(who, who), who.equals("mod")), null), line)
                .reply()
                .text();
    }
}
