package dev.atelier.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.Member;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.CoreFlowTest;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Moderators hear once about what needs them (a withdrawn or closed pair, a declined pairing, a member
 * waiting for approval), including moderators the platform made who never were added with
 * {@code moderator add}; an approved member is told; a closed internship's questions leave the queues.
 */
class ModeratorLoopTest extends CoreFlowTest {

    /** A Discord admin or Slack workspace admin: a moderator by the platform's word only. */
    private Outcome asPlatformAdmin(String line) {
        return atelier.bot().run(new Caller(SHOP, new Actor(new Member("sam", "sam"), true), null), line);
    }

    private List<Notification> to(Destination destination) {
        return platform.sent().stream().filter(n -> n.to().equals(destination)).toList();
    }

    private void givenAnInternship() {
        as("mod", "cohort create spring");
        as("mod", "task add \"Shop checkout\" \"Add a checkout\"");
        as("mod", "internship start @ivy @mira 1 spring");
    }

    @Test
    void aPlatformModeratorSeenActingIsToldOnceWhenAPairIsWithdrawnAndTheActorIsNot() {
        givenAnInternship();
        asPlatformAdmin("task list");
        platform.clear();

        as("mod", "internship withdraw 1 the intern took a full-time job");

        assertThat(to(Destination.direct("sam")))
                .singleElement()
                .satisfies(n -> assertThat(n.message().text())
                        .contains("withdrew internship #1")
                        .contains("@ivy")
                        .contains("full-time job"));
        assertThat(to(Destination.direct("sam")).get(0).message().mentionedMembers())
                .isEmpty();
        assertThat(to(Destination.direct("mod"))).isEmpty();
    }

    @Test
    void aMemberWhoIsNoPlatformModeratorIsNotRememberedAsOne() {
        givenAnInternship();
        as("ivy", "status");

        assertThat(atelier.mongo().getCollection("moderators_seen").countDocuments(new Document("memberId", "ivy")))
                .isZero();
        asPlatformAdmin("task list");
        assertThat(atelier.mongo().getCollection("moderators_seen").countDocuments(new Document("memberId", "sam")))
                .isEqualTo(1);
    }

    @Test
    void theModeratorsChannelGetsOnePostInsteadOfDirectMessagesAndTheClosedPairsQuestionsLeaveTheQueues() {
        givenAnInternship();
        asPlatformAdmin("community moderators-channel #mods");
        as("ivy", "ask how do I run the integration tests");
        assertThat(as("mira", "queue").reply().text()).contains("Q1");
        platform.clear();

        as("mod", "internship close 1 the client cancelled the task");

        assertThat(to(Destination.channel("mods")))
                .singleElement()
                .satisfies(n -> assertThat(n.message().text())
                        .contains("closed internship #1")
                        .contains("1 open question closed with it"));
        assertThat(to(Destination.direct("sam"))).isEmpty();
        assertThat(atelier.mongo().getCollection("questions").find().first().getString("status"))
                .isEqualTo("CLOSED");
        assertThat(as("mira", "queue").reply().text()).doesNotContain("Q1");
        assertThat(as("ivy", "home").reply().text()).doesNotContain("Q1");
        assertThat(as("mira", "reopen 1").reply().text()).startsWith("⚠️");
    }

    @Test
    void aMemberWaitingForApprovalReachesTheModeratorsWithAnApproveButtonAndIsToldWhenApproved() {
        as("mod", "cohort create spring");
        as("mod", "cohort approval spring on");
        platform.clear();

        as("carol", "cohort join spring mentor");

        Notification waiting = to(Destination.direct("mod")).stream()
                .filter(n -> n.message().text().contains("@carol"))
                .findFirst()
                .orElseThrow();
        assertThat(waiting.message().text()).contains("waits for approval").contains("spring");
        assertThat(waiting.message().mentionedMembers()).isEmpty();
        Button approve = waiting.message().buttons().get(0);

        Outcome approved = atelier.bot().press(caller("mod"), approve.actionId());

        assertThat(approved.reply().text()).contains("@carol is now in");
        assertThat(to(Destination.direct("carol")))
                .singleElement()
                .satisfies(n -> assertThat(n.message().text()).contains("You are in *spring* as mentor"));
    }

    @Test
    void anOpenCohortJoinTellsNoModerator() {
        as("mod", "cohort create spring");
        platform.clear();

        as("carol", "cohort join spring mentor");

        assertThat(platform.sent()).isEmpty();
    }

    @Test
    void aDeclinedPairingReachesTheModerators() {
        as("mod", "cohort create spring");
        as("mod", "task add \"Checkout\" \"Add a checkout\" \"400 USD\" 40 \"sql\"");
        as("mod", "cohort task spring 1");
        as("alice", "profile set learning:sql timezone:UTC window:9-17");
        as("bob", "profile set expertise:sql capacity:1 timezone:UTC window:9-17");
        as("alice", "cohort join spring intern");
        as("bob", "cohort join spring mentor");
        as("mod", "pair preview spring");
        as("mod", "pair ask spring");
        platform.clear();

        as("bob", "pair decline spring");

        assertThat(to(Destination.direct("mod"))).singleElement().satisfies(n -> {
            assertThat(n.message().text()).contains("@bob declined the pairing");
            assertThat(n.message().mentionedMembers()).isEmpty();
        });
    }

    @Test
    void forgetMeErasesTheSighting() {
        asPlatformAdmin("task list");

        asPlatformAdmin("forget me revoke");

        assertThat(atelier.mongo().getCollection("moderators_seen").countDocuments())
                .isZero();
    }
}
