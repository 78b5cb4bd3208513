package dev.atelier.core.peerhelp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.message.ObservedMessage;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.question.Question;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.testing.CoreFlowTest;
import dev.atelier.core.testing.RecordingPlatform;
import dev.atelier.core.workspace.Outbound;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Peer help timing with a controllable clock: offered once after the community's delay, never when it should not be. */
class PeerHelpRoundTest extends CoreFlowTest {

    @BeforeEach
    void start() {
        in(SHOP, "mod", "cohort create spring-2026 cohort-chan");
        in(SHOP, "mod", "task add \"Shop checkout\" \"Add a checkout\"");
        assertThat(in(SHOP, "mod", "internship start @alice @bob 1 spring-2026")
                        .reply()
                        .text())
                .contains("started");
        in(OTHER, "mod", "task add \"Other\" \"Another task\"");
        assertThat(in(OTHER, "mod", "internship start @dan @erin 1").reply().text())
                .contains("started");
        platform.clear();
    }

    int tick() {
        return atelier.services().peerHelp().run();
    }

    Question q(CommunityRef community, long number) {
        return MongoStores.create(atelier.mongo())
                .questions()
                .find(community.id(), number)
                .orElseThrow();
    }

    List<RecordingPlatform.ThreadPost> offers() {
        return platform.threadPosts().stream()
                .filter(p -> p.message().title() != null && p.message().title().startsWith("🤝 Peer help"))
                .toList();
    }

    @Test
    void anUnansweredQuestionIsOfferedOnceInTheCohortChannelAfterTwelveHours() {
        in(SHOP, "alice", "ask \"How do I seed the database?\"");

        clock.advance(Duration.ofHours(11).plusMinutes(59));
        assertThat(tick()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(tick()).isEqualTo(1);
        clock.advance(Duration.ofHours(3));
        assertThat(tick()).isZero();

        assertThat(offers()).singleElement().satisfies(offer -> {
            assertThat(offer.thread().channelId()).isEqualTo("cohort-chan");
            assertThat(offer.message().text())
                    .contains("How do I seed the database?")
                    .contains("12 h")
                    .contains(q(SHOP, 1).thread().link());
        });
        ThreadRef peerThread = q(SHOP, 1).peers().thread();
        assertThat(peerThread).isEqualTo(offers().get(0).thread());

        // a peer answers in the offer's thread: the question is answered and the helper credited
        atelier.bot()
                .observe(new ObservedMessage(
                        SHOP, peerThread.channelId(), peerThread.threadId(), "p1", "carol", clock.instant()));
        assertThat(q(SHOP, 1).firstReplyBy()).isEqualTo("carol");
        assertThat(in(SHOP, "mod", "status").reply().text()).contains("<@carol> ×1");
    }

    @Test
    void theClocksTickRunsTheRoundAtMostEveryFiveMinutes() {
        // given a question that waited its twelve hours, and a paced round just before that
        in(SHOP, "alice", "ask \"How do I seed the database?\"");
        clock.advance(Duration.ofHours(11).plusMinutes(58));
        PeerHelpRound round = atelier.services().peerHelp();
        assertThat(round.runPaced()).isZero();

        // when the tick comes again once the delay passed, but within five minutes of the last round
        clock.advance(Duration.ofMinutes(4));
        int early = round.runPaced();

        // then it waits for the pace, and the round after it offers the question once
        clock.advance(Duration.ofMinutes(1));
        int onTime = round.runPaced();
        clock.advance(Duration.ofMinutes(5));
        assertThat(early).isZero();
        assertThat(onTime).isEqualTo(1);
        assertThat(round.runPaced()).isZero();
        assertThat(offers()).hasSize(1);
    }

    @Test
    void anOfferThePlatformRefusesIsGivenBackAndPostedAnHourLater() {
        in(SHOP, "alice", "ask \"How do I seed the database?\"");
        platform.refuseThreads("missing_scope");
        clock.advance(Duration.ofHours(12));

        assertThat(tick()).isZero();
        assertThat(q(SHOP, 1).peers().offeredAt()).isNull();
        platform.refuseThreads(null);
        clock.advance(Duration.ofMinutes(59));
        assertThat(tick()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(tick()).isEqualTo(1);
        assertThat(tick()).isZero();
        assertThat(offers())
                .singleElement()
                .satisfies(offer -> assertThat(offer.thread().channelId()).isEqualTo("cohort-chan"));
    }

    @Test
    void twoInstancesTickingTogetherOfferAQuestionOnce() {
        in(SHOP, "alice", "ask \"How do I seed the database?\"");
        PeerHelpRound second = AtelierCore.assemble(
                        atelier.mongo(),
                        new Outbound(List.of(platform), List.of()),
                        clock,
                        AtelierCore.Settings.ephemeral())
                .peerHelp();
        clock.advance(Duration.ofHours(12));

        assertThat(tick() + second.run()).isEqualTo(1);
        assertThat(offers()).hasSize(1);
    }

    @Test
    void answeredOptedOutAndTurnedOffQuestionsAreNotOffered() {
        in(SHOP, "alice", "ask \"Answered one\"");
        in(SHOP, "alice", "ask \"Private one\" peers:no");
        ThreadRef thread = q(SHOP, 1).thread();
        atelier.bot()
                .observe(
                        new ObservedMessage(SHOP, thread.channelId(), thread.threadId(), "m1", "bob", clock.instant()));
        in(OTHER, "dan", "ask \"Other community question\"");
        assertThat(in(OTHER, "dan", "peerhelp off").reply().text()).contains("Only moderators");
        assertThat(in(OTHER, "mod", "peerhelp off").reply().text()).contains("Peer help is *off*");
        assertThat(in(OTHER, "mod", "peerhelp 500").reply().text()).contains("out of range");

        clock.advance(Duration.ofDays(2));

        assertThat(tick()).isZero();
        assertThat(offers()).isEmpty();
    }

    @Test
    void aCommunitySetsItsOwnDelayAndTheChannelForCohortsWithoutOne() {
        in(OTHER, "dan", "ask \"Other community question\"");
        assertThat(in(OTHER, "mod", "peerhelp 2 help-chan").reply().text()).contains("after 2 h");
        in(SHOP, "alice", "ask \"Shop question\"");

        clock.advance(Duration.ofHours(2));
        assertThat(tick()).isEqualTo(1);
        assertThat(offers()).singleElement().satisfies(offer -> {
            assertThat(offer.thread().channelId()).isEqualTo("help-chan");
            assertThat(offer.message().text())
                    .contains("Other community question")
                    .doesNotContain("Shop question");
        });
        assertThat(in(SHOP, "mod", "peerhelp").reply().text()).contains("after 12 h");
    }
}
