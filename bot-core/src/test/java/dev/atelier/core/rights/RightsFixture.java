package dev.atelier.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.Member;
import dev.atelier.core.inbox.CommandInbox;
import dev.atelier.core.inbox.InboxCommand;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.ObservedMessage;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.outbox.OutboxItem;
import dev.atelier.core.store.MongoOperationsStores;
import dev.atelier.core.store.MongoOutbox;
import dev.atelier.core.testing.CoreFlowTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A community whose records touch every collection: Zelda (id {@link #ZELDA_ID}, name {@link #ZELDA_NAME},
 * also a moderator) interns with bob on a completed internship with milestones, hours, check-in answers,
 * a question, counted messages, a risk flag, a credential, a pay statement and her rating; she is on a
 * roster and a pairing plan, on bob's don't-pair list, and holds a dashboard login link and a data link.
 * She is away for some days, her pay is approved, she appealed the final score, and a command of hers
 * went through the command inbox, and a direct message to her waits in the outbox.
 * carol is on the roster too and moderates; dave was forgotten by the moderator "mod".
 */
abstract class RightsFixture extends CoreFlowTest {

    static final String ZELDA_ID = "U0ZELDA42";
    static final String ZELDA_NAME = "Zelda Quux";
    static final String ZELDA = "<@" + ZELDA_ID + ">";

    Outcome zelda(String line) {
        return atelier.bot().run(new Caller(SHOP, new Actor(new Member(ZELDA_ID, ZELDA_NAME), false), null), line);
    }

    String text(Outcome outcome) {
        return outcome.reply().text();
    }

    void buildTheCommunity() {
        zelda("profile set timezone:Europe/Paris skills:\"java:3\" bio:\"Zelda Quux, self-taught\"");
        as("bob", "profile set expertise:java capacity:2");
        as("bob", "profile avoid " + ZELDA);
        as("dave", "profile set bio:\"Dave here\"");
        as("mod", "moderator add " + ZELDA);
        as("mod", "moderator add @carol");
        as("mod", "cohort create spring-2026");
        as("mod", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40 \"java, sql\"");
        as("mod", "cohort task spring-2026 1 2");
        zelda("cohort join spring-2026 intern");
        as("carol", "cohort join spring-2026 intern");
        as("bob", "cohort join spring-2026 mentor");
        as("mod", "pair preview spring-2026");
        as("mod", "internship start " + ZELDA + " @bob 1 spring-2026");
        as("bob", "milestone add 1 \"Checkout page\"");
        idleUntilFlaggedThenAnswerACheckin();
        zelda("ask \"Where is the repository, bob? Zelda Quux asks\"");
        ThreadRef thread = platform.threads().get(platform.threads().size() - 1);
        atelier.bot()
                .observe(new ObservedMessage(
                        SHOP, thread.channelId(), thread.threadId(), "tm1", "bob", clock.instant()));
        String workspace = "ws-" + platform.workspaces().get(0).name();
        assertThat(atelier.bot().observe(new ObservedMessage(SHOP, workspace, "wm1", ZELDA_ID, clock.instant())))
                .isTrue();
        zelda("log 3 \"checkout page\"");
        as("bob", "log 1");
        zelda("submit 1 https://github.com/shop/checkout/pull/3");
        as("bob", "review 1 approve");
        assertThat(text(as("bob", "internship complete 1 9 java careful \"Zelda Quux shipped it.\"")))
                .contains("complete");
        zelda("internship rate 1 5 \"bob was kind\"");
        assertThat(text(zelda("away 2027-02-01 2027-02-03 \"Zelda Quux visits family\"")))
                .doesNotContain("❌");
        assertThat(text(as("mod", "pay approve 1"))).doesNotContain("❌");
        assertThat(text(zelda("appeal internship 1 \"Zelda Quux expected a 10\"")))
                .doesNotContain("❌");
        answeredThroughTheInbox("status");
        queueADirectMessageToZelda("fixture-dm-to-her");
        zelda("dashboard");
        as("mod", "dashboard");
        zelda("mydata");
        as("mod", "member forget @dave keep");
        as("mod", "community retention 90");
    }

    /** A direct message to Zelda that waits in the outbox. */
    void queueADirectMessageToZelda(String id) {
        MongoOutbox.create(atelier.mongo())
                .add(new OutboxItem(
                        id,
                        SHOP,
                        "notice",
                        new Destination.Direct(ZELDA_ID),
                        null,
                        null,
                        Message.privateReply(Text.of("Zelda Quux, your pay is approved")),
                        clock.instant(),
                        null,
                        0,
                        false));
    }

    /** A command of Zelda's that went through the command inbox and was answered. */
    private void answeredThroughTheInbox(String line) {
        CommandInbox inbox = MongoOperationsStores.create(atelier.mongo()).inbox();
        Caller caller = new Caller(SHOP, new Actor(new Member(ZELDA_ID, ZELDA_NAME), false), null);
        assertThat(inbox.accept(InboxCommand.line("fixture-" + line, caller, line, null, clock.instant())))
                .isTrue();
        inbox.answered("fixture-" + line, "reply", clock.instant());
    }

    /** Nobody works for a week (the pair gets flagged), then Zelda answers the next weekly check-in. */
    private void idleUntilFlaggedThenAnswerACheckin() {
        for (int quarter = 0; quarter < 7 * 4; quarter++) {
            clock.advance(Duration.ofHours(6));
            atelier.services().clockRound().run();
        }
        clock.set(Instant.parse("2026-12-07T09:00:00Z"));
        assertThat(atelier.services().clockRound().run().prompted())
                .as("the weekly check-in")
                .isEqualTo(1);
        assertThat(text(zelda("checkin answer \"cart page\" \"Zelda Quux is stuck on keys\" \"payment form\" 2")))
                .contains("Answered check-in");
    }

    List<String> collections() {
        return atelier.mongo().getCollectionNames().stream().sorted().toList();
    }
}
