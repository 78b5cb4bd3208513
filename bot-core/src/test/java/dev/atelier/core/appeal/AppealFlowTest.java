package dev.atelier.core.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.IssuedCredential;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.CoreFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Appeals through the real core: filed by the intern once, sent to the moderators, decided, on the timeline. */
class AppealFlowTest extends CoreFlowTest {

    @BeforeEach
    void start() {
        as("mod", "cohort create spring-2026 #cohort");
        as("mod", "moderator add @carol");
        as("mod", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40 \"java, sql\"");
        as("mod", "internship start @alice @bob 1 spring-2026");
        as("bob", "milestone add 1 \"Checkout page\" \"Pays\"");
        as("alice", "submit 1 https://example.org/pr/1");
    }

    @Test
    void aRefusedDuplicateAppealTakesNoNumber() {
        as("bob", "review 1 changes \"add tests\"");
        assertThat(as("alice", "appeal milestone 1 \"first\"").reply().text()).contains("Appeal A1");
        assertThat(as("alice", "appeal milestone 1 \"again\"").reply().text()).contains("can be appealed once");
        assertThat(as("alice", "appeal milestone 1 \"and again\"").reply().text())
                .contains("can be appealed once");
        as("bob", "milestone add 1 \"Receipts\" \"Mails one\"");
        as("alice", "submit 2 https://example.org/pr/2");
        as("bob", "review 2 changes \"add a footer\"");

        assertThat(as("alice", "appeal milestone 2 \"the footer is there\"")
                        .reply()
                        .text())
                .contains("Appeal A2");
    }

    @Test
    void aRequestForChangesIsAppealedOnceDecidedByAModeratorAndEveryStepIsSeen() {
        Outcome changes = as("bob", "review 1 changes \"add tests\"");
        assertThat(changes.notifications())
                .anySatisfy(n -> assertThat(n.message().buttons())
                        .anySatisfy(b -> assertThat(b.command()).isEqualTo("appeal milestone 1")));
        assertThat(as("bob", "appeal milestone 1 \"no\"").reply().text()).contains("Only the intern");
        Outcome filed = as("alice", "appeal milestone 1 \"The tests are in the PR\"");
        assertThat(filed.reply().text()).contains("Appeal A1 on M1 Checkout page review 1", "not your mentor");
        assertThat(filed.notifications())
                .extracting(Notification::to)
                .containsExactlyInAnyOrder(Destination.direct("carol"), Destination.direct("mod"));
        assertThat(as("alice", "appeal milestone 1 \"again\"").reply().text()).contains("can be appealed once");

        assertThat(as("alice", "appeal decide 1 change \"ok\"").reply().text()).contains("Only moderators");
        assertThat(as("carol", "appeal decide 1 second \"look\" @bob").reply().text())
                .contains("other than");
        Outcome second = as("carol", "appeal decide 1 second \"Please look again\" @dave");
        assertThat(second.notifications())
                .extracting(Notification::to)
                .contains(Destination.direct("dave"), Destination.direct("alice"), Destination.direct("bob"));
        assertThat(as("eve", "appeal review 1 change \"fine\"").reply().text()).contains("Only the second reviewer");
        Outcome view = as("dave", "appeal review 1 change \"The tests cover it\"");
        assertThat(view.notifications()).extracting(Notification::to).contains(Destination.direct("carol"));
        assertThat(as("mod", "appeal list").reply().text()).contains("A1* M1 Checkout page review 1");

        Outcome changed = as("carol", "appeal decide 1 change \"Approved on the second review\"");
        assertThat(changed.reply().text()).contains("the milestone is approved");
        assertThat(as("mod", "appeal decide 1 uphold \"no\"").reply().text()).contains("decided already");
        assertThat(as("mod", "appeal list").reply().text()).contains("No open appeals");
        Outcome plan = as("bob", "status 1");
        assertThat(plan.reply().text()).contains("M1 Checkout page* — approved");
        assertThat(plan.reply().fields())
                .anySatisfy(f -> assertThat(f.value().markup())
                        .contains(
                                "appealed M1 Checkout page review 1 (A1)",
                                "second review of appeal A1: change",
                                "appeal A1: changed M1 Checkout page review 1"));
    }

    @Test
    void anInternshipDecisionCanBeAppealedOnlyOnceItExists() {
        assertThat(as("alice", "appeal internship 1 \"unfair\"").reply().text()).contains("no decision to appeal");
        as("bob", "review 1 approve");
        Outcome withheld = as("alice", "appeal internship 1 \"all approved, not completed\"");
        assertThat(withheld.reply().text()).contains("internship #1 completion withheld");
        assertThat(as("mod", "appeal decide 1 uphold \"The client still reviews it\"")
                        .notifications())
                .extracting(Notification::to)
                .contains(Destination.direct("alice"), Destination.direct("bob"));
        assertThat(in(OTHER, "mod", "appeal decide 1 change \"x\"").reply().text())
                .contains("no appeal A1");
    }

    @Test
    void changingAClosingReopensTheInternshipAndTellsBoth() {
        as("mod", "internship close 1 \"the client cancelled\"");
        as("alice", "appeal internship 1 \"the client confirmed it goes on\"");

        Outcome changed = as("carol", "appeal decide 1 change \"The client goes on\"");

        assertThat(changed.reply().text()).contains("internship #1 closing: the internship is active again");
        assertThat(changed.notifications())
                .extracting(Notification::to)
                .contains(Destination.direct("alice"), Destination.direct("bob"));
        Internship i = internship();
        assertThat(i.status()).isEqualTo(InternshipStatus.ACTIVE);
        assertThat(i.completion().endReason()).isNull();
        assertThat(as("bob", "status 1").reply().fields())
                .anySatisfy(f -> assertThat(f.value().markup())
                        .contains("reopened the internship on appeal: The client goes on"));
    }

    @Test
    void changingAFinalScoreSetsItAndReplacesTheCredential() {
        as("bob", "review 1 approve");
        as("bob", "internship complete 1 5 java careful \"Alice shipped it\"");
        IssuedCredential old = internship().completion().credential();
        as("alice", "appeal internship 1 \"every criterion was met\"");
        assertThat(as("carol", "appeal decide 1 change \"Met every criterion\"")
                        .reply()
                        .text())
                .contains("Give the new final score");
        assertThat(as("carol", "appeal decide 1 change \"Met every criterion\" score:11")
                        .reply()
                        .text())
                .contains("from 1 to 10");
        assertThat(internship().completion().review().score()).isEqualTo(5);

        Outcome changed = as("carol", "appeal decide 1 change \"Met every criterion\" score:8");

        Internship i = internship();
        IssuedCredential fresh = i.completion().credential();
        assertThat(i.completion().review().score()).isEqualTo(8);
        assertThat(i.completion().review().endorsement()).isEqualTo("Alice shipped it");
        assertThat(fresh.id()).isNotEqualTo(old.id());
        assertThat(fresh.revoked()).isFalse();
        assertThat(changed.reply().text())
                .contains("the final score is 8/10 (was 5/10)", "old credential is revoked", fresh.id());
        assertThat(changed.notifications())
                .extracting(Notification::to)
                .contains(Destination.direct("alice"), Destination.direct("bob"));
        assertThat(i.timeline())
                .extracting(Object::toString)
                .anySatisfy(t -> assertThat(t).contains("revoked the credential: replaced on appeal A1"));
        assertThat(as("alice", "portfolio").reply().text()).contains("8/10").doesNotContain("5/10");
        assertThat(as("mod", "appeal decide 1 change \"again\" score:9").reply().text())
                .contains("decided already");
    }

    @Test
    void changingAWithheldCompletionIsRecordedAndSaysWhoCompletes() {
        as("bob", "review 1 approve");
        as("alice", "appeal internship 1 \"all approved, not completed\"");

        Outcome changed = as("carol", "appeal decide 1 change \"Complete it\"");

        assertThat(changed.reply().text()).contains("recorded", "completes it with the final review");
        assertThat(internship().status()).isEqualTo(InternshipStatus.ACTIVE);
    }

    private Internship internship() {
        return atelier.services().dashboard().internship(SHOP.id(), 1).orElseThrow();
    }
}
