package dev.atelier.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Span;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.testing.RecordingPlatform;
import dev.atelier.core.testing.TestAtelier;
import dev.atelier.core.workspace.Outbound;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HelpAndSuggestionsTest {

    static final CommunityRef TEAM = new CommunityRef(Platform.SLACK, "T1", "team");
    final RecordingPlatform slack = new RecordingPlatform(Platform.SLACK);
    TestAtelier atelier;

    @BeforeEach
    void start() {
        atelier = TestAtelier.start(List.of(slack), List.of(slack));
    }

    @AfterEach
    void stop() {
        atelier.close();
    }

    Caller caller(String who, boolean moderator) {
        return new Caller(TEAM, new Actor(new Member(who, who), moderator), null);
    }

    @Test
    void helpShowsWhatThisPersonCanDoNowInAFewLines() {
        // given an active internship of alice (intern) with bob (mentor)
        atelier.bot().run(caller("mod", true), "task add Shop \"Build a shop\"");
        atelier.bot().run(caller("mod", true), "internship start <@alice> <@bob> 1");

        // when each asks for help
        Message intern = atelier.bot().run(caller("alice", false), "help").reply();
        Message mentor = atelier.bot().run(caller("bob", false), "help").reply();
        Message newcomer = atelier.bot().run(caller("carol", false), "help").reply();
        Message moderator = atelier.bot().run(caller("mod", true), "help").reply();

        // then each sees their own part, as commands to run, in at most 15 lines
        assertThat(hints(intern)).contains("submit <milestone> <link>", "ask").doesNotContain("review");
        assertThat(hints(mentor)).contains("review <milestone> <verdict>").doesNotContain("submit <milestone> <link>");
        assertThat(hints(newcomer)).contains("cohort join <cohort> <role>").doesNotContain("review");
        assertThat(hints(moderator)).contains("internship start <intern> <mentor> <task>");
        assertThat(List.of(intern, mentor, newcomer, moderator))
                .allSatisfy(m -> assertThat(m.body().plain().lines().count()).isLessThanOrEqualTo(15));
        // and the role is named once, in the group's title, not again on each line
        assertThat(intern.body().plain())
                .contains("As an intern")
                .doesNotContain("(intern")
                .doesNotContain("mentor)");
        assertThat(mentor.body().plain())
                .contains("As a mentor")
                .doesNotContain("(mentor")
                .doesNotContain("intern)");
        assertThat(atelier.bot().catalog().commands())
                .allSatisfy(c -> assertThat(c.description().length()).isLessThanOrEqualTo(100));
    }

    @Test
    void helpOnACommandExplainsItsOptionsWithAnExample() {
        Message review =
                atelier.bot().run(caller("alice", false), "help review").reply();

        assertThat(review.body().plain()).contains("verdict: approve or changes");
        assertThat(hints(review))
                .contains("review <milestone> <verdict>", "review 1 changes \"add tests for the empty cart\"");
    }

    private static List<String> hints(Message message) {
        return message.body().spans().stream()
                .filter(Span.Command.class::isInstance)
                .map(s -> ((Span.Command) s).hint().consoleLine())
                .toList();
    }

    @Test
    void suggestionsOfferOnlyTheRequestersOwnInternshipsAndMilestones() {
        atelier.bot().run(caller("mod", true), "task add Shop \"Build a shop\"");
        atelier.bot().run(caller("mod", true), "internship start <@alice> <@bob> 1");
        atelier.bot().run(caller("mod", true), "internship start <@carol> <@dan> 1");
        atelier.bot().run(caller("bob", false), "milestone add 1 Design");

        assertThat(atelier.bot().suggest(caller("alice", false), "submit", "milestone", ""))
                .extracting(Choice::value)
                .containsExactly("1");
        assertThat(atelier.bot().suggest(caller("carol", false), "submit", "milestone", ""))
                .isEmpty();
        assertThat(atelier.bot().suggest(caller("alice", false), "status", "internship", "#"))
                .extracting(Choice::label)
                .containsExactly("#1 Shop — alice & bob");
        assertThat(atelier.bot().suggest(caller("mod", true), "status", "internship", "car"))
                .extracting(Choice::value)
                .containsExactly("2");
        assertThat(atelier.bot().suggest(caller("mod", true), "submit", "link", ""))
                .isEmpty();
    }

    @Test
    void anUnexpectedFailureReachesTheUserAsAShortApologyWithoutDetails() {
        CommandCatalog catalog = new CommandCatalog()
                .add(new CommandSpec("boom", null, "Fails", Access.EVERYONE, List.of(), null), (context, options) -> {
                    throw new IllegalStateException("secret internals at com.example.Foo");
                });
        AtelierBot bot = new AtelierBot(
                catalog,
                MongoStores.create(atelier.mongo()).communities(),
                new Outbound(List.of(), List.of()),
                (r, t, typed) -> List.of());

        Outcome outcome = bot.run(caller("alice", false), "boom");

        assertThat(outcome.reply().ephemeral()).isTrue();
        assertThat(outcome.reply().text())
                .contains("Something went wrong on our side (reference ")
                .doesNotContain("secret")
                .doesNotContain("Exception");
    }
}
