package dev.atelier.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Outcome;
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
    void helpListsWhatTheRequesterMayRunFromTheCatalog() {
        String member =
                atelier.bot().run(caller("alice", false), "help").reply().text();
        String moderator =
                atelier.bot().run(caller("mod", true), "help").reply().text();

        assertThat(member)
                .contains("`/atelier submit <milestone> <link> [notes]`")
                .doesNotContain("cohort create");
        assertThat(moderator)
                .contains("`/atelier cohort create <name> [channel] [starts] [ends]`")
                .contains("`/atelier review <milestone> <approve|changes> [feedback]`");
        assertThat(atelier.bot()
                        .run(caller("alice", false), "help review")
                        .reply()
                        .text())
                .contains("verdict: approve or changes")
                .contains("e.g. `/atelier review 1 changes");
        assertThat(atelier.bot().catalog().commands())
                .allSatisfy(c -> assertThat(c.description().length()).isLessThanOrEqualTo(100));
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
