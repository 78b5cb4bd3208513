package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.peerhelp.PeerHelpChange;
import dev.atelier.core.peerhelp.PeerHelpRound;
import dev.atelier.core.peerhelp.PeerHelpSettings;
import dev.atelier.core.peerhelp.PeerHelpSettingsStore;
import dev.atelier.core.testing.CountingPeerHelpQueue;
import dev.atelier.core.testing.MutableClock;
import dev.atelier.core.testing.RecordingPlatform;
import dev.atelier.core.workspace.Outbound;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The peer-help round parks what it cannot offer, on both embedded backends: a question of a community whose peer
 * help is off, or one whose delay passed with no channel to go to, is read by one round and by none after it, until a
 * moderator turns peer help on or gives it a channel; then the next round offers it once.
 */
class PeerHelpParkedRoundTest {

    static final CommunityRef C = new CommunityRef(Platform.CONSOLE, "shop", "Shop");
    static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(START);
    final RecordingPlatform platform = new RecordingPlatform(Platform.CONSOLE);

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aQuestionOfACommunityWithPeerHelpOffIsReadByOneRoundAndNotAfter(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given a community with peer help off, and a question that waited its twelve hours
            Flow f = new Flow(b, (s, c) -> {});
            f.pairInCohort();
            f.run("mod", "peerhelp off");
            f.run("alice", "ask \"How do I seed the database?\"");
            clock.advance(Duration.ofHours(12));

            // when two rounds run five minutes apart
            int first = f.round.run();
            long readFirst = f.queue.read();
            clock.advance(PeerHelpRound.PACE);
            b.clearFilters();
            int second = f.round.run();

            // then the first read the question and parked it, the second read no entry and no question
            assertThat(first + second).isZero();
            assertThat(readFirst).isEqualTo(1);
            assertThat(f.queue.read()).isEqualTo(1);
            assertThat(b.targets()).doesNotContain("questions");
            assertThat(f.offers()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aParkedQuestionIsOfferedOnceAfterPeerHelpIsTurnedOn(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given a question parked by a round while its community's peer help was off
            Flow f = new Flow(b, (s, c) -> {});
            f.pairInCohort();
            f.run("mod", "peerhelp off");
            f.run("alice", "ask \"How do I seed the database?\"");
            clock.advance(Duration.ofHours(12));
            assertThat(f.round.run()).isZero();

            // when a moderator turns peer help on, and rounds run
            assertThat(f.run("mod", "peerhelp on")).contains("Peer help is *on*");
            clock.advance(PeerHelpRound.PACE);
            int offered = f.round.run();
            clock.advance(PeerHelpRound.PACE);
            int again = f.round.run();

            // then the question is offered once, in its cohort's channel
            assertThat(offered).isEqualTo(1);
            assertThat(again).isZero();
            assertThat(f.offers())
                    .singleElement()
                    .satisfies(o -> assertThat(o.thread().channelId()).isEqualTo("cohort-chan"));
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aQuestionWithoutAChannelIsParkedUntilTheFallbackChannelIsSet(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given a pair in no cohort, no fallback channel, and its question parked by a round once it waited
            Flow f = new Flow(b, (s, c) -> {});
            f.run("mod", "task add Shop \"Add a checkout\"");
            assertThat(f.run("mod", "internship start @alice @bob 1")).contains("started");
            f.run("alice", "ask \"How do I seed the database?\"");
            clock.advance(Duration.ofHours(12));
            assertThat(f.round.run()).isZero();
            clock.advance(PeerHelpRound.PACE);
            long read = f.queue.read();
            assertThat(f.round.run()).isZero();
            assertThat(f.queue.read()).isEqualTo(read);

            // when a moderator sets the fallback channel
            assertThat(f.run("mod", "peerhelp channel:help-chan")).contains("after 12 h");
            clock.advance(PeerHelpRound.PACE);

            // then the next round offers it there, once
            assertThat(f.round.run()).isEqualTo(1);
            assertThat(f.round.run()).isZero();
            assertThat(f.offers())
                    .singleElement()
                    .satisfies(o -> assertThat(o.thread().channelId()).isEqualTo("help-chan"));
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void peerHelpTurnedOnWhileARoundParksIsNotMissed(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given peer help off and a waiting question; a moderator turns it on just after the round read the
            // settings and before it parked the question
            boolean[] changed = {false};
            Flow f = new Flow(b, (store, community) -> {
                if (!changed[0]) {
                    changed[0] = true;
                    store.change(community, new PeerHelpChange(true, null, null));
                }
            });
            f.pairInCohort();
            f.run("mod", "peerhelp off");
            f.run("alice", "ask \"How do I seed the database?\"");
            clock.advance(Duration.ofHours(12));

            // when that round and the next run
            int during = f.round.run();
            clock.advance(PeerHelpRound.PACE);
            int next = f.round.run();

            // then the next one offers the question
            assertThat(changed[0]).isTrue();
            assertThat(during).isZero();
            assertThat(next).isEqualTo(1);
            assertThat(f.offers()).hasSize(1);
        }
    }

    /** What a moderator does after a round read a community's settings. */
    interface AfterRead {
        void after(PeerHelpSettingsStore settings, String communityId);
    }

    /** The core on one backend, and a round on the same store whose list counts the entries it hands out. */
    final class Flow {

        final AtelierBot bot;
        final CountingPeerHelpQueue queue;
        final PeerHelpRound round;

        Flow(Backend b, AfterRead afterRead) {
            AtelierCore.Services core = b.core(clock, platform);
            this.bot = core.bot();
            MongoStores stores = MongoStores.create(b.mongo(), clock);
            this.queue = new CountingPeerHelpQueue(MongoPeerHelpStores.queue(b.mongo()));
            PeerHelpSettingsStore settings = stores.peerHelp();
            PeerHelpSettingsStore watched = new PeerHelpSettingsStore() {
                @Override
                public PeerHelpSettings of(String communityId) {
                    return settings.of(communityId);
                }

                @Override
                public Map<String, PeerHelpSettings> ofAll(Collection<String> communityIds) {
                    Map<String, PeerHelpSettings> read = settings.ofAll(communityIds);
                    communityIds.forEach(c -> afterRead.after(settings, c));
                    return read;
                }

                @Override
                public PeerHelpSettings change(String communityId, PeerHelpChange change) {
                    return settings.change(communityId, change);
                }
            };
            this.round = new PeerHelpRound(
                    stores.questions(),
                    queue,
                    watched,
                    stores.cohorts(),
                    new Outbound(List.of(platform), List.of(platform)),
                    clock);
        }

        void pairInCohort() {
            run("mod", "cohort create spring-2026 cohort-chan");
            run("mod", "task add Shop \"Add a checkout\"");
            assertThat(run("mod", "internship start @alice @bob 1 spring-2026")).contains("started");
        }

        String run(String who, String line) {
            return bot.run(new Caller(C, new Actor(new Member(who, who), who.equals("mod")), null), line)
                    .reply()
                    .text();
        }

        List<RecordingPlatform.ThreadPost> offers() {
            return platform.threadPosts().stream()
                    .filter(p ->
                            p.message().title() != null && p.message().title().startsWith("🤝 Peer help"))
                    .toList();
        }
    }
}
