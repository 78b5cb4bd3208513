package dev.atelier.core.clock.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.clock.rounds.ClockRound;
import dev.atelier.core.community.Platform;
import dev.atelier.core.dashboard.DashboardReads;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.OnePairFlowTest;
import dev.atelier.core.testing.RecordingPlatform;
import dev.atelier.core.workspace.Outbound;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class CheckinFlowTest extends OnePairFlowTest {

    @Test
    void thePromptComesOnMondayTenInTheInternsZoneAndOnlyOnce() {
        assertThat(round().prompted()).isZero();
        clock.set(Instant.parse("2026-11-30T08:59:00Z"));
        assertThat(round().prompted()).isZero();
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(round().prompted()).isEqualTo(1);
        assertThat(round().prompted()).isZero();
        Notification prompt = prompts().get(0);
        assertThat(prompt.to()).isEqualTo(Destination.direct("alice"));
        assertThat(prompt.fallback()).isEqualTo(Destination.channel("ws-atelier-1-alice"));
        assertThat(prompt.message().text()).contains("what got done", "what blocks you", "what comes next");
        assertThat(prompt.message().buttons()).extracting(Button::label).containsExactly("Answer check-in");
    }

    @Test
    void theInternAnswersInAModalAndAnsweringAgainUpdatesTheAnswer() {
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        round();
        String answer = prompts().get(0).message().buttons().get(0).actionId();
        assertThat(atelier.bot().press(caller("bob"), answer).reply().text()).contains("Only the intern");
        Outcome modal = atelier.bot().press(caller("alice"), answer);
        assertThat(modal.modal().inputs())
                .extracting(i -> i.name())
                .containsExactly("done", "blocks", "next", "confidence");
        platform.clear();
        Outcome answered = atelier.bot()
                .submitModal(
                        caller("alice"),
                        modal.modal().id(),
                        Map.of(
                                "done",
                                "cart page",
                                "blocks",
                                "card test keys",
                                "next",
                                "payment form",
                                "confidence",
                                "3"));
        assertThat(answered.reply().text()).contains("Answered check-in #1");
        // the prompt's card is updated too; the answer itself is posted in the workspace
        List<Notification> posts = platform.sent().stream()
                .filter(n -> n.to().equals(Destination.channel("ws-atelier-1-alice")))
                .toList();
        Notification post = posts.get(0);
        assertThat(post.message().markup())
                .contains(
                        "Check-in #1 · internship #1",
                        "Done: cart page",
                        "Blocks: card test keys",
                        "Confidence: ⭐⭐⭐ 3/5");

        assertThat(as("alice", "checkin answer \"cart page, tests\" none \"payment form\" 4")
                        .reply()
                        .text())
                .contains("Updated your answer to check-in #1");
        assertThat(platform.sent().stream()
                        .filter(n -> n.to().equals(Destination.channel("ws-atelier-1-alice")))
                        .toList()
                        .get(1)
                        .message()
                        .title())
                .contains("Check-in #1 (updated)");
        Document stored = atelier.mongo().getCollection("checkins").find().first();
        assertThat(atelier.mongo().getCollection("checkins").countDocuments()).isEqualTo(1);
        assertThat(stored.get("answer", Document.class).getInteger("confidence"))
                .isEqualTo(4);
        assertThat(stored.getInteger("promptNumber")).isEqualTo(1);
    }

    @Test
    void everyAnswerStaysInTheHistoryOncePerPromptAfterLaterPromptsReplaceIt() {
        DashboardReads reads = atelier.services().dashboard();
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        round();
        as("alice", "checkin answer \"cart page\" none \"payment form\" 2");
        as("alice", "checkin answer \"cart page, tests\" none \"payment form\" 3");
        clock.set(Instant.parse("2026-12-07T09:00:00Z"));
        round();
        as("alice", "checkin answer \"payment form\" \"card keys\" \"review\" 5");

        assertThat(reads.answers(SHOP.id(), 1))
                .extracting(AnsweredCheckin::prompt)
                .containsExactly(2, 1);
        assertThat(reads.answers(SHOP.id(), 1))
                .extracting(a -> a.answer().confidence())
                .containsExactly(5, 3);
        assertThat(reads.answers(SHOP.id(), 1).get(1).answer().done()).isEqualTo("cart page, tests");
        assertThat(reads.answers("another-community", 1)).isEmpty();
        assertThat(as("alice", "checkin answer a b c 9").reply().text()).contains("from 1 (stuck) to 5");
        assertThat(reads.answers(SHOP.id(), 1)).hasSize(2);
    }

    @Test
    void badAnswersAreRefusedAndChangeNothing() {
        assertThat(as("alice", "checkin answer a b c 3").reply().text()).contains("no check-in to answer yet");
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        round();
        assertThat(as("alice", "checkin answer a b c 7").reply().text()).contains("from 1 (stuck) to 5");
        assertThat(as("bob", "checkin answer a b c 3").reply().text()).contains("not the intern");
        assertThat(atelier.mongo().getCollection("checkins").find().first().get("answer"))
                .isNull();
    }

    @Test
    void anUnansweredPromptIsMissedAfterADay() {
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        round();
        clock.advance(Duration.ofHours(23));
        assertThat(round().missed()).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(round().missed()).isEqualTo(1);
        assertThat(round().missed()).isZero();
        assertThat(as("alice", "checkin answer a b c 3").reply().text()).contains("Check-in 1 was missed");
        assertThat(atelier.mongo().getCollection("checkins").find().first().getInteger("missedInRow"))
                .isEqualTo(1);
    }

    @Test
    void afterDowntimeOnlyTheLatestPromptIsSent() {
        clock.set(Instant.parse("2026-12-21T12:00:00Z"));
        ClockRound.Report report = round();
        assertThat(report.prompted()).isEqualTo(1);
        assertThat(prompts()).hasSize(1);
        assertThat(atelier.mongo()
                        .getCollection("checkins")
                        .find()
                        .first()
                        .getDate("nextDue")
                        .toInstant())
                .isEqualTo("2026-12-28T09:00:00Z");
    }

    @Test
    void downtimeWithAnOpenPromptCountsItMissedOnceAndSendsOneNewPrompt() {
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        round();
        clock.set(Instant.parse("2026-12-22T12:00:00Z"));
        ClockRound.Report report = round();
        assertThat(report.missed()).isEqualTo(1);
        assertThat(report.prompted()).isEqualTo(1);
        Document stored = atelier.mongo().getCollection("checkins").find().first();
        assertThat(stored.getInteger("missedInRow")).isEqualTo(1);
        assertThat(stored.getInteger("promptNumber")).isEqualTo(2);
        assertThat(as("alice", "checkin answer a b c 5").reply().text()).contains("Answered check-in #2");
        assertThat(atelier.mongo().getCollection("checkins").find().first().getInteger("missedInRow"))
                .isZero();
    }

    @Test
    void theInternFitsTheScheduleAndQuietHoursMoveThePrompt() {
        assertThat(as("alice", "checkin schedule").reply().markup())
                .contains("Mon at 10:00 (quiet 22:00–08:00), in Europe/Paris", "Next: Mon 2026-11-30 10:00");
        assertThat(as("alice", "checkin schedule days:tue time:23:30").reply().markup())
                .contains("Tue at 23:30", "Next: Wed 2026-11-25 08:00 (Europe/Paris)");
        assertThat(as("alice", "checkin schedule days:someday").reply().text()).contains("`someday` is not a day");
        assertThat(as("bob", "checkin schedule days:mon").reply().text()).contains("not the intern");
        clock.set(Instant.parse("2026-11-24T22:30:00Z"));
        assertThat(round().prompted()).isZero();
        clock.set(Instant.parse("2026-11-25T07:00:00Z"));
        assertThat(round().prompted()).isEqualTo(1);
    }

    @Test
    void aCohortDefaultIsWhatItsNewInternshipsStartWith() {
        as("mod", "cohort create spring-2026");
        assertThat(as("mod", "cohort checkins spring-2026").reply().text()).contains("Mon at 10:00");
        assertThat(as("mod", "cohort checkins spring-2026 days:wed time:18:00 quiet:none")
                        .reply()
                        .text())
                .contains("will check in Wed at 18:00 (no quiet hours)");
        assertThat(as("mod", "cohort checkins autumn days:wed").reply().text()).contains("no cohort named `autumn`");
        assertThat(as("alice", "cohort checkins spring-2026 days:fri").reply().text())
                .doesNotContain("will check in");
        as("mod", "internship start @carol @bob 1 spring-2026");
        assertThat(as("carol", "checkin schedule").reply().markup())
                .contains("Wed at 18:00 (no quiet hours), in UTC", "Next: Wed 2026-11-25 18:00");
    }

    @Test
    void twoInstancesRacingOnOneDatabaseSendEachPromptOnce() throws Exception {
        RecordingPlatform other = new RecordingPlatform(Platform.CONSOLE);
        ClockRound second = AtelierCore.assemble(
                        atelier.mongo(),
                        new Outbound(List.of(other), List.of(other)),
                        clock,
                        AtelierCore.Settings.ephemeral())
                .clockRound();
        for (int i = 0; i < 20; i++) {
            as("mod", "internship start @intern" + i + " @bob 1");
        }
        platform.clear();
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> first = () -> {
                together.await();
                return round().prompted();
            };
            Callable<Integer> racing = () -> {
                together.await();
                return second.run().prompted();
            };
            Future<Integer> a = pool.submit(first);
            Future<Integer> b = pool.submit(racing);
            assertThat(a.get() + b.get()).isEqualTo(21);
        } finally {
            pool.shutdownNow();
        }
        List<Notification> all = new java.util.ArrayList<>(prompts());
        all.addAll(other.sent());
        assertThat(all).hasSize(21);
        assertThat(all.stream()
                        .map(n -> ((Destination.Direct) n.to()).memberId())
                        .distinct())
                .hasSize(21);
    }
}
