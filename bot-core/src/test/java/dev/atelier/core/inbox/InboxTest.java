package dev.atelier.core.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.core.assembly.InboxAssembly;
import dev.atelier.core.command.CommandMetrics;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Select;
import dev.atelier.core.message.SelectOption;
import dev.atelier.core.message.Text;
import dev.atelier.core.store.MongoOperationsStores;
import dev.atelier.core.testing.OnePairFlowTest;
import dev.atelier.core.workspace.Outbound;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inbox: a stored command is run once and answered once, in order per member, through the reply
 * channel while it is valid, else by DM; after a crash at any step another instance finishes it.
 */
class InboxTest extends OnePairFlowTest {

    static final InboxSettings SETTINGS =
            new InboxSettings("test-a", 1, Duration.ofSeconds(60), Duration.ofMillis(50), Duration.ofDays(1));

    final RecordingReplies replies = new RecordingReplies();
    CommandInbox store;
    Inbox inbox;

    @BeforeEach
    void openInbox() {
        store = MongoOperationsStores.create(atelier.mongo()).inbox();
        inbox = new Inbox(store, () -> {});
    }

    InboxEngine engine(CommandInbox on, String instance) {
        InboxSettings settings = new InboxSettings(instance, 1, SETTINGS.lease(), SETTINGS.poll(), SETTINGS.keep());
        return new InboxEngine(
                on,
                atelier.bot(),
                List.of(replies),
                new Outbound(List.of(platform), List.of(platform)),
                clock,
                settings,
                CommandMetrics.NONE);
    }

    InboxCommand log(String key, String who, String hours) {
        return InboxCommand.line(
                key, caller(who), "log " + hours + " \"work " + key + "\"", "reply:" + key, clock.instant());
    }

    int hoursEntries() {
        Document internship =
                atelier.mongo().getCollection("internships").find().first();
        return internship.getList("hours", Document.class, List.of()).size();
    }

    @Test
    void aStoredReplyComesBackSpanBySpanSoTypedWordsStayWordsAfterARestart() {
        // given a reply with every kind of span, stored as applied
        Message reply = Message.privateReply(Text.builder()
                        .plain("Hi ")
                        .bold("M1")
                        .member("bob")
                        .quiet("alice", "Alice")
                        .user("<@mod> *x*")
                        .quote("quoted")
                        .code("c")
                        .codeBlock("block")
                        .link("https://example.org", "label")
                        .role("r1", "Mods")
                        .channel("C1")
                        .bullet()
                        .italic("i")
                        .command(CommandHint.of("review").with("milestone", 1).placeholder("feedback"))
                        .build())
                .withTitle("T")
                .withFields(List.of(Field.of("F", Text.user("<@mod>"))))
                .withSelects(List.of(Select.of("Pick", "submit", "milestone", List.of(new SelectOption("M1", "1")))));
        store.accept(log("k1", "alice", "2"));
        LaneClaim claim =
                store.claim("test-a", clock.instant(), Duration.ofMinutes(1)).orElseThrow();
        store.applied("k1", reply, clock.instant());

        // when it is read back
        InboxEntry entry = store.next(claim).orElseThrow();

        // then it is the same message, and the typed mention is still no mention
        assertThat(entry.reply()).isEqualTo(reply);
        assertThat(entry.reply().mentionedMembers()).containsExactly("bob");
    }

    @Test
    void aCommandAppliedButNotAnsweredBeforeACrashIsAnsweredOnceAfterRestartAndNotAppliedAgain() {
        // given a stored command whose instance died right after storing its reply
        assertThat(inbox.accept(log("k1", "alice", "2"))).isTrue();
        assertThatThrownBy(() ->
                        engine(new CrashingInbox(store, "applied"), "dead").drain())
                .isInstanceOf(CrashingInbox.Crash.class);
        assertThat(hoursEntries()).isEqualTo(1);
        assertThat(replies.answers).isEmpty();

        // when a restarted instance looks before and after the dead one's lease ran out
        assertThat(engine(store, "b").drain()).isZero();
        clock.advance(Duration.ofSeconds(61));
        engine(store, "b").drain();

        // then it is answered once with the stored reply, and the hours were logged once
        assertThat(replies.answers).extracting(RecordingReplies.Answer::key).containsExactly("k1");
        assertThat(replies.answers.get(0).reply().text()).contains("Logged 2 h");
        assertThat(hoursEntries()).isEqualTo(1);
        assertThat(store.depth()).isZero();
        engine(store, "c").drain();
        assertThat(replies.answers).hasSize(1);
    }

    @Test
    void aCommandClaimedButNotRunBeforeACrashIsRunAndAnsweredOnceAfterRestart() {
        assertThat(inbox.accept(log("k1", "alice", "1"))).isTrue();
        assertThatThrownBy(
                        () -> engine(new CrashingInbox(store, "next"), "dead").drain())
                .isInstanceOf(CrashingInbox.Crash.class);
        assertThat(hoursEntries()).isZero();

        clock.advance(Duration.ofSeconds(61));
        engine(store, "b").drain();

        assertThat(replies.answers).extracting(RecordingReplies.Answer::key).containsExactly("k1");
        assertThat(hoursEntries()).isEqualTo(1);
    }

    @Test
    void aCommandAnsweredBeforeACrashThatKeptItsLaneIsNotAnsweredAgain() {
        assertThat(inbox.accept(log("k1", "alice", "1"))).isTrue();
        assertThatThrownBy(() ->
                        engine(new CrashingInbox(store, "release"), "dead").drain())
                .isInstanceOf(CrashingInbox.Crash.class);
        assertThat(replies.answers).hasSize(1);
        assertThat(engine(store, "b").drain()).isZero();

        clock.advance(Duration.ofSeconds(61));
        engine(store, "b").drain();

        assertThat(replies.answers).hasSize(1);
        assertThat(hoursEntries()).isEqualTo(1);
    }

    @Test
    void aDuplicateDeliveryIsStoredOnceAndActsOnce() {
        assertThat(inbox.accept(log("same", "alice", "1"))).isTrue();
        assertThat(inbox.accept(log("same", "alice", "1"))).isFalse();

        engine(store, "a").drain();
        assertThat(inbox.accept(log("same", "alice", "1"))).isFalse();
        engine(store, "a").drain();

        assertThat(hoursEntries()).isEqualTo(1);
        assertThat(replies.answers).hasSize(1);
    }

    @Test
    void anExpiredReplyChannelFallsBackToADirectMessage() {
        // given a command received 31 minutes ago (Slack's response URL lives 30)
        assertThat(inbox.accept(InboxCommand.line(
                        "old",
                        caller("alice"),
                        "log 1",
                        "reply:old",
                        clock.instant().minus(Duration.ofMinutes(31)))))
                .isTrue();

        engine(store, "a").drain();

        assertThat(replies.answers).isEmpty();
        List<Notification> dms = platform.sent().stream()
                .filter(n -> n.to().equals(Destination.direct("alice")))
                .toList();
        assertThat(dms).hasSize(1);
        assertThat(dms.get(0).message().text()).contains("Logged 1 h");
        assertThat(store.depth()).isZero();
    }

    @Test
    void aRefusedReplyChannelFallsBackToADirectMessage() {
        replies.refuse = true;
        inbox.accept(log("k1", "alice", "1"));

        engine(store, "a").drain();

        assertThat(platform.sent())
                .filteredOn(n -> n.to().equals(Destination.direct("alice")))
                .hasSize(1);
    }

    @Test
    void aMembersCommandsAreAnsweredInArrivalOrderAndARefusalChangesNothing() {
        inbox.accept(log("k1", "alice", "1"));
        inbox.accept(InboxCommand.line("k2", caller("alice"), "log banana", "reply:k2", clock.instant()));
        inbox.accept(log("k3", "alice", "3"));
        inbox.accept(log("k4", "bob", "1"));

        engine(store, "a").drain();

        assertThat(replies.answers)
                .filteredOn(a -> !a.key().equals("k4"))
                .extracting(RecordingReplies.Answer::key)
                .containsExactly("k1", "k2", "k3");
        assertThat(replies.answers).hasSize(4);
        assertThat(replies.answers.get(1).reply().text()).startsWith("⚠️");
        assertThat(hoursEntries()).isEqualTo(3);
    }

    @Test
    void aLaneHeldPastHalfItsLeaseIsRenewedBetweenCommands() {
        // given two commands of alice that take 40 s each (the lease lasts 60 s)
        inbox.accept(log("k1", "alice", "1"));
        inbox.accept(log("k2", "alice", "2"));
        List<Boolean> othersCouldClaim = new java.util.ArrayList<>();
        CommandInbox slow = new CrashingInbox(store, "none") {
            @Override
            public boolean applied(String key, dev.atelier.core.message.Message reply, Instant at) {
                clock.advance(Duration.ofSeconds(40));
                othersCouldClaim.add(store.claim("b", clock.instant(), Duration.ofSeconds(60))
                        .isPresent());
                return super.applied(key, reply, at);
            }
        };

        // when one instance works through them
        engine(slow, "a").drain();

        // then at 80 s the lane was still its own, and both were answered in order
        assertThat(othersCouldClaim).containsExactly(false, false);
        assertThat(replies.answers).extracting(RecordingReplies.Answer::key).containsExactly("k1", "k2");
        assertThat(hoursEntries()).isEqualTo(2);
    }

    @Test
    void twoInstancesNeverHoldOneLane() {
        inbox.accept(log("k1", "alice", "1"));

        LaneClaim first =
                store.claim("a", clock.instant(), Duration.ofSeconds(60)).orElseThrow();

        assertThat(store.claim("b", clock.instant(), Duration.ofSeconds(60))).isEmpty();
        clock.advance(Duration.ofSeconds(61));
        LaneClaim taken =
                store.claim("b", clock.instant(), Duration.ofSeconds(60)).orElseThrow();
        assertThat(taken.lane()).isEqualTo(first.lane());
        assertThat(store.renew(first, clock.instant().plus(Duration.ofSeconds(60))))
                .isFalse();
        assertThat(store.next(first)).isEmpty();
    }

    @Test
    void stoppingTheWorkersFinishesTheCommandInHandAndGivesTheRestBack() throws Exception {
        // given one worker holding alice's lane, its first answer in flight, a second command waiting
        InboxAssembly.Built built = InboxAssembly.build(
                atelier.mongo(),
                atelier.bot(),
                new Outbound(List.of(platform), List.of(platform)),
                List.of(replies),
                clock,
                SETTINGS,
                CommandMetrics.NONE);
        CountDownLatch release = new CountDownLatch(1);
        replies.holding = release;
        built.inbox().accept(log("k1", "alice", "1"));
        built.inbox().accept(log("k2", "alice", "2"));
        built.workers().start();
        assertThat(replies.held.await(10, TimeUnit.SECONDS)).isTrue();

        // when the workers are stopped while it answers
        CompletableFuture<Boolean> stopped =
                CompletableFuture.supplyAsync(() -> built.workers().stop(Duration.ofSeconds(10)));
        while (built.workers().isRunning()) {
            Thread.onSpinWait();
        }
        release.countDown();

        // then the first is answered, the second waits in the store, and the lane is free for anyone
        assertThat(stopped.get(15, TimeUnit.SECONDS)).isTrue();
        assertThat(replies.answers).extracting(RecordingReplies.Answer::key).containsExactly("k1");
        assertThat(built.store().depth()).isEqualTo(1);
        assertThat(atelier.mongo().getCollection("command_inbox_lanes").countDocuments())
                .isZero();
        engine(built.store(), "b").drain();
        assertThat(replies.answers).extracting(RecordingReplies.Answer::key).containsExactly("k1", "k2");
        assertThat(hoursEntries()).isEqualTo(2);
    }
}
