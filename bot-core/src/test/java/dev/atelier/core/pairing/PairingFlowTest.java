package dev.atelier.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.Member;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.CoreFlowTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PairingFlowTest extends CoreFlowTest {

    @BeforeEach
    void start() {
        as("mod", "cohort create spring-2026 #interns");
    }

    static String all(Outcome o) {
        StringBuilder s = new StringBuilder(o.reply().text());
        for (Field f : o.reply().fields()) {
            s.append('\n').append(f.name()).append(": ").append(f.value());
        }
        return s.toString();
    }

    @Test
    void profileIsEditedWithOptionsAndFormsAndOnlyItsOwnerSeesIt() {
        Outcome saved = as(
                "alice",
                "profile set skills:\"java:3, SQL:2\" learning:\"rails, go\" timezone:UTC+1 "
                        + "window:9-17 hours:10 career:\"backend developer at a startup\"");
        assertThat(all(saved))
                .contains("Profile saved")
                .contains("java (3)")
                .contains("sql (2)")
                .contains("rails, go")
                .contains("9:00–17:00");
        Outcome edit = as("alice", "profile edit");
        String action = edit.reply().buttons().get(0).actionId();
        Outcome form =
                atelier.bot().press(new Caller(SHOP, new Actor(new Member("alice", "alice"), false), null), action);
        assertThat(form.modal().inputs())
                .extracting(i -> i.name())
                .containsExactly("skills", "learning", "career", "bio");
        Outcome submitted = atelier.bot()
                .submitModal(
                        new Caller(SHOP, new Actor(new Member("alice", "alice"), false), null),
                        form.modal().id(),
                        Map.of("bio", "Self-taught, two years of freelance"));
        assertThat(all(submitted)).contains("Self-taught").contains("java (3)");

        assertThat(as("bob", "profile show @alice").reply().text()).contains("only your own profile");
        assertThat(all(as("mod", "profile show @alice"))).contains("Self-taught");
        assertThat(atelier.bot()
                        .run(new Caller(OTHER, new Actor(new Member("mod", "mod"), true), null), "profile show @alice")
                        .reply()
                        .fields())
                .isEmpty();
    }

    @Test
    void badProfileInputGetsASpecificRefusalAndChangesNothing() {
        assertThat(as("alice", "profile set skills:\"java:9\"").reply().text())
                .contains("level of `java` must be 1 to 5");
        assertThat(as("alice", "profile set timezone:Mars/Base").reply().text()).contains("is not a time zone");
        assertThat(as("alice", "profile set window:25-3").reply().text()).contains("like `9-17`");
        assertThat(as("alice", "profile set capacity:99").reply().text()).contains("between 0 and 20");
        assertThat(as("alice", "profile set").reply().text()).contains("Tell me what to change");
        assertThat(as("alice", "pause until 2020-01-01").reply().text()).contains("today or later");
        assertThat(as("alice", "profile avoid @alice").reply().text()).contains("never paired with yourself");
        assertThat(as("alice", "profile show").reply().text()).contains("Nothing filled in yet");
    }

    @Test
    void enrolmentWithApprovalRolesAndLeaving() {
        assertThat(as("alice", "cohort join spring-2026 intern").reply().text())
                .contains("joined *spring-2026* as intern");
        assertThat(as("alice", "cohort join spring-2026 mentor").reply().text()).contains("already in spring-2026");
        assertThat(as("alice", "cohort join winter intern").reply().text()).contains("no cohort named `winter`");
        assertThat(as("alice", "cohort add spring-2026 @bob mentor").reply().text())
                .contains("Only moderators");
        as("mod", "cohort approval spring-2026 on");
        assertThat(as("carol", "cohort join spring-2026 mentor").reply().text()).contains("a moderator will approve");
        assertThat(all(as("mod", "cohort members spring-2026")))
                .contains("Waiting for approval: @carol (mentor)")
                .contains("Mentors: No mentor has joined yet.");
        as("mod", "cohort approve spring-2026 @carol");
        as("mod", "cohort add spring-2026 @bob mentor");
        assertThat(all(as("dave", "cohort members spring-2026")))
                .contains("Interns (1): @alice")
                .contains("Mentors (2): @carol, @bob")
                .doesNotContain("Waiting");
        assertThat(as("dave", "cohort leave spring-2026 @alice").reply().text()).contains("Only moderators");
        assertThat(as("alice", "cohort leave spring-2026").reply().text()).contains("You left");
        assertThat(all(as("dave", "cohort members spring-2026"))).contains("Interns: No intern has joined yet.");
    }

    @Test
    void previewExplainsPairsAndEveryoneLeftOutThenConfirmStartsTheInternships() {
        as("mod", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40 \"rails, sql, testing\"");
        as("mod", "cohort task spring-2026 1 2");
        as(
                "alice",
                "profile set skills:\"rails:1\" learning:\"rails, sql, testing\" timezone:UTC window:9-17 "
                        + "career:\"backend developer\"");
        as(
                "bob",
                "profile set expertise:\"rails, sql, testing\" capacity:1 timezone:UTC+3 window:9-17 "
                        + "career:\"backend lead\"");
        as("gina", "profile set learning:go");
        as("hugo", "profile set learning:rails");
        as("ivan", "profile set capacity:0 expertise:rails");
        for (String line : List.of("cohort join spring-2026 intern")) {
            as("alice", line);
            as("gina", line);
            as("hugo", line);
        }
        as("bob", "cohort join spring-2026 mentor");
        as("ivan", "cohort join spring-2026 mentor");

        Outcome preview = as("mod", "pair preview spring-2026");
        String text = all(preview);
        assertThat(text)
                .contains("@alice with mentor @bob, task #1 Shop checkout: Rails, sql and testing in common; "
                        + "5 h overlap; career goals alike (backend)");
        assertThat(text)
                .contains("@gina (intern): no mentor with a free place knows go")
                .contains("@hugo (intern): all suitable mentors are full (bob)")
                .contains("@ivan (mentor): no free place");
        assertThat(preview.reply().buttons()).extracting(b -> b.label()).containsExactly("Confirm pairs");

        platform.clear();
        Outcome confirmed = atelier.bot()
                .press(
                        new Caller(SHOP, new Actor(new Member("mod", "mod"), true), null),
                        preview.reply().buttons().get(0).actionId());
        assertThat(all(confirmed)).contains("1 internship started").contains("Internship #1 started");
        assertThat(platform.workspaces()).singleElement().satisfies(w -> {
            assertThat(w.intern().id()).isEqualTo("alice");
            assertThat(w.mentor().id()).isEqualTo("bob");
        });
        assertThat(as("mod", "pair confirm spring-2026").reply().text())
                .contains("Run `pair preview spring-2026` first");
        assertThat(all(as("mod", "pair preview spring-2026")))
                .contains("Already in an internship of this cohort: <@alice>");
    }

    @Test
    void pairSetOverridesByHandAndSaysWhatTheMatchingWouldHaveRefused() {
        as("bob", "profile set expertise:java capacity:1");
        as("alice", "profile avoid @bob");
        as("alice", "cohort join spring-2026 intern");
        as("bob", "cohort join spring-2026 mentor");
        assertThat(all(as("mod", "pair preview spring-2026")))
                .contains("@alice (intern): excluded by don't-pair lists");
        Outcome set = as("mod", "pair set spring-2026 @alice @bob");
        assertThat(set.reply().text()).contains("@alice is planned with @bob").contains("asked not to be paired");
        assertThat(all(set))
                .contains("@alice with mentor @bob, no open task: set by hand")
                .doesNotContain("Left out");
        assertThat(as("mod", "pair set spring-2026 @bob @alice").reply().text()).contains("as mentor, not intern");
        assertThat(as("mod", "pair set spring-2026 @alice @zoe").reply().text()).contains("@zoe is not in spring-2026");
        assertThat(all(as("mod", "pair confirm spring-2026")))
                .contains("No internship started")
                .contains("no open task");
    }

    @Test
    void aPairThatCannotStartStaysInThePlanWithItsReason() {
        as("mod", "task add \"Reports\" \"Sales reports\" \"200 USD\" 20 \"sql\"");
        as("mod", "cohort task spring-2026 1");
        as("alice", "cohort join spring-2026 intern");
        as("bob", "cohort join spring-2026 mentor");
        as("mod", "pair preview spring-2026");
        as("mod", "cohort close spring-2026");
        assertThat(all(as("mod", "pair confirm spring-2026")))
                .contains("No internship started")
                .contains("Not started (1): • @alice with @bob: Cohort spring-2026 is closed");
        assertThat(all(as("mod", "pair confirm spring-2026"))).contains("Cohort spring-2026 is closed");
        assertThat(platform.workspaces()).isEmpty();
    }

    @Test
    void emptyAndImpossibleCohortsNameEveryoneLeftOut() {
        as("alice", "cohort join spring-2026 intern");
        as("carl", "pause until 2026-12-31");
        as("carl", "cohort join spring-2026 intern");
        Outcome none = as("mod", "pair preview spring-2026");
        assertThat(all(none))
                .contains("Nobody can be paired yet")
                .contains("@alice (intern): the cohort has no mentors")
                .contains("@carl (intern): paused until 2026-12-31");
        assertThat(none.reply().buttons()).isEmpty();
        as("bob", "profile set capacity:0");
        as("bob", "cohort join spring-2026 mentor");
        assertThat(all(as("mod", "pair preview spring-2026")))
                .contains("@alice (intern): all mentors full")
                .contains("@bob (mentor): no free place");
        as("carl", "pause end");
        assertThat(all(as("mod", "pair preview spring-2026"))).contains("@carl (intern): all mentors full");
    }
}
