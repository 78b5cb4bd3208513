package dev.atelier.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.testing.MutableClock;
import dev.atelier.core.testing.RecordingPlatform;
import dev.atelier.core.testing.TestAtelier;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tenancy, roles and refusals through the bot: every refusal is a clear private reply and changes nothing. */
class BotSafetyTest {

    static final CommunityRef GUILD_A = new CommunityRef(Platform.DISCORD, "111", "Guild A");
    static final CommunityRef GUILD_B = new CommunityRef(Platform.DISCORD, "222", "Guild B");
    final RecordingPlatform discord = new RecordingPlatform(Platform.DISCORD);
    TestAtelier atelier;

    @BeforeEach
    void givenAnInternshipInGuildA() {
        atelier = TestAtelier.start(
                List.of(discord), List.of(discord), new MutableClock(Instant.parse("2026-11-23T10:00:00Z")));
        as(GUILD_A, "mod", "task add Shop \"Build a shop\"");
        as(GUILD_A, "mod", "internship start <@alice> <@bob> 1");
        as(GUILD_A, "bob", "milestone add 1 Design");
    }

    @AfterEach
    void stop() {
        atelier.close();
    }

    String as(CommunityRef community, String who, String line) {
        Caller caller = new Caller(community, new Actor(new Member(who, who), who.startsWith("mod")), "chan");
        return atelier.bot().run(caller, line).reply().text();
    }

    long documents() {
        return atelier.mongo().getCollectionNames().stream()
                .mapToLong(c -> atelier.mongo().getCollection(c).countDocuments())
                .sum();
    }

    String internshipDocument() {
        return atelier.mongo().getCollection("internships").find().first().toJson();
    }

    @Test
    void idsFromAnotherCommunityAreNotFoundThere() {
        String before = internshipDocument();

        assertThat(as(GUILD_B, "alice", "submit 1 https://x.org")).contains("There is no milestone 1 here");
        assertThat(as(GUILD_B, "mod", "status 1")).contains("There is no internship #1 here");
        assertThat(as(GUILD_B, "mod", "internship withdraw 1 left")).contains("There is no internship #1 here");
        assertThat(as(GUILD_B, "mod", "internship start <@carol> <@dan> 1")).contains("There is no task #1 here");
        assertThat(as(GUILD_B, "bob", "review 1 approve")).contains("There is no milestone 1 here");

        assertThat(internshipDocument()).isEqualTo(before);
        assertThat(atelier.bot()
                        .suggest(
                                new Caller(GUILD_B, new Actor(new Member("mod", "mod"), true), null),
                                "status",
                                "internship",
                                ""))
                .isEmpty();
    }

    @Test
    void membersOutsideThePairCannotSeeOrChangeIt() {
        assertThat(as(GUILD_A, "eve", "status 1")).contains("not one of yours");
        assertThat(as(GUILD_A, "eve", "submit 1 https://x.org")).contains("not one of yours");
        assertThat(as(GUILD_A, "eve", "milestone add 1 Sneaky")).contains("not one of yours");
        assertThat(as(GUILD_A, "alice", "internship withdraw 1")).contains("Only moderators");
    }

    @Test
    void moderatorsAddedByAModeratorMayModerate() {
        assertThat(as(GUILD_A, "carol", "task list")).contains("Only moderators");
        assertThat(as(GUILD_A, "mod", "moderator add <@carol>")).contains("is now a moderator");

        assertThat(as(GUILD_A, "carol", "task list")).contains("#1 Shop");
        assertThat(as(GUILD_B, "carol", "task list")).contains("Only moderators");

        assertThat(as(GUILD_A, "mod", "moderator remove <@carol>")).contains("no longer a moderator");
        assertThat(as(GUILD_A, "carol", "task list")).contains("Only moderators");
    }

    @Test
    void refusalsChangeNothing() {
        long before = documents();
        String internship = internshipDocument();

        as(GUILD_A, "alice", "review 1 approve");
        as(GUILD_A, "bob", "submit 1 https://x.org");
        as(GUILD_A, "alice", "milestone add 1 \"" + "x".repeat(101) + "\"");
        as(GUILD_A, "bob", "milestone add 1 Late due:2020-01-01");
        as(GUILD_A, "mod", "cohort create \"bad/name\"");
        as(GUILD_A, "mod", "internship start <@alice> <@alice> 1");

        assertThat(internshipDocument()).isEqualTo(internship);
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void aWorkspaceThePlatformRefusesFallsBackToDirectMessages() {
        discord.refuseWorkspaces("the bot lacks Manage Channels");
        discord.clear();

        String reply = as(GUILD_A, "mod", "internship start <@carol> <@dan> 1");

        assertThat(reply).contains("Internship #2 started").contains("the bot lacks Manage Channels");
        assertThat(discord.sent())
                .extracting(n -> n.to().toString())
                .containsExactlyInAnyOrder("Direct[memberId=carol]", "Direct[memberId=dan]");
    }

    @Test
    void staleButtonsAndFormsGetAClearAnswer() {
        Caller bob = new Caller(GUILD_A, new Actor(new Member("bob", "bob"), false), null);
        assertThat(atelier.bot().press(bob, "garbage").reply().text()).contains("no longer valid");
        assertThat(atelier.bot()
                        .submitModal(bob, "x|y", java.util.Map.of())
                        .reply()
                        .text())
                .contains("no longer valid");
        assertThat(new Document("n", documents()).getLong("n")).isPositive();
    }
}
