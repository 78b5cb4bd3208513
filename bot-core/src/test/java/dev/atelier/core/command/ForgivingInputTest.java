package dev.atelier.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.MutableClock;
import dev.atelier.core.testing.RecordingPlatform;
import dev.atelier.core.testing.StoreSnapshot;
import dev.atelier.core.testing.TestAtelier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plain sentences as people type them on a phone: free text after the last option needs no quotes
 * where the catalog says an option takes the rest of the line; impossible dates and hours are refused
 * with what is wrong; a refused command draws no number; a pair started twice is confirmed first.
 */
class ForgivingInputTest {

    private static final CommunityRef SHOP = new CommunityRef(Platform.CONSOLE, "shop", "Shop guild");

    private final RecordingPlatform platform = new RecordingPlatform(Platform.CONSOLE);
    private TestAtelier atelier;
    private CommandLine lines;

    @BeforeEach
    void givenAnInternshipWithAMilestone() {
        atelier = TestAtelier.start(
                List.of(platform), List.of(platform), new MutableClock(Instant.parse("2026-11-23T10:00:00Z")));
        lines = new CommandLine(atelier.bot().catalog());
        run("mod", "cohort create spring");
        run("mod", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40 \"java, sql\"");
        run("mod", "internship start @ivy @mira 1 spring");
        run("mira", "milestone add 1 \"First draft\"");
    }

    @AfterEach
    void stop() {
        atelier.close();
    }

    private Outcome run(String who, String line) {
        return atelier.bot().run(new Caller(SHOP, new Actor(new Member(who, who), who.equals("mod")), null), line);
    }

    private String reply(String who, String line) {
        return run(who, line).reply().text();
    }

    private Map<String, String> parsed(String line) {
        return lines.parse(line).raw();
    }

    private long counter(String name) {
        Document counter = atelier.mongo()
                .getCollection("counters")
                .find(new Document("_id", "shop/" + name))
                .first();
        return counter == null ? 0 : ((Number) counter.get("value")).longValue();
    }

    @Test
    void wordsAfterTheLastRequiredOptionAreTakenWhole() {
        assertThat(parsed("ask what about unquoted words")).containsEntry("question", "what about unquoted words");
        assertThat(parsed("milestone add 1 Write the tests"))
                .containsEntry("internship", "1")
                .containsEntry("title", "Write the tests")
                .doesNotContainKey("criteria");
        assertThat(parsed("log 2 read the code")).containsEntry("hours", "2").containsEntry("note", "read the code");
        assertThat(parsed("review 3 changes please add tests")).containsEntry("feedback", "please add tests");
    }

    @Test
    void optionsAfterAQuotedValueStillComeByPosition() {
        assertThat(parsed("milestone add 1 \"Checkout page\" \"Pays with a test card\" 2026-12-15 8"))
                .containsEntry("title", "Checkout page")
                .containsEntry("criteria", "Pays with a test card")
                .containsEntry("due", "2026-12-15")
                .containsEntry("estimate", "8");
        assertThat(parsed("ask \"How do I run it?\" 2")).containsEntry("question", "How do I run it?");
        assertThat(parsed("ask \"How do I run it?\" 2")).containsEntry("internship", "2");
        assertThat(parsed("log 2 read the code internship:1"))
                .containsEntry("note", "read the code")
                .containsEntry("internship", "1");
    }

    @Test
    void aTrailingDateIsTheMilestonesDueDateNotItsCriteria() {
        assertThat(parsed("milestone add 1 \"Title\" 2030-06-28"))
                .containsEntry("title", "Title")
                .containsEntry("due", "2030-06-28")
                .doesNotContainKey("criteria");
        assertThat(parsed("milestone add 1 Write the tests 2030-06-28"))
                .containsEntry("title", "Write the tests")
                .containsEntry("due", "2030-06-28")
                .doesNotContainKey("criteria");
        assertThat(parsed("milestone add 1 \"Title\" \"2030-06-28\""))
                .containsEntry("criteria", "2030-06-28")
                .doesNotContainKey("due");
        assertThat(parsed("milestone edit 2 2030-07-01"))
                .containsEntry("due", "2030-07-01")
                .doesNotContainKey("title");

        String added = reply("mira", "milestone add 1 \"Checkout page\" 2030-06-28");

        assertThat(added).contains("M2").contains("due 2030-06-28");
        assertThat(reply("mira", "milestone add 1 Draft 2026-02-30")).contains("February has no 30th");
    }

    @Test
    void anUnquotedQuestionIsAskedWhole() {
        String reply = reply("ivy", "ask what about unquoted words");

        assertThat(reply).doesNotStartWith("⚠️").doesNotContain("Too many values");
        assertThat(atelier.mongo().getCollection("questions").find().first().toJson())
                .contains("what about unquoted words");
    }

    @Test
    void resourcesTakesSeveralWordsAndTheCohortOnlyByName() {
        assertThat(parsed("resources unit tests spring"))
                .containsEntry("words", "unit tests spring")
                .doesNotContainKey("cohort");
        assertThat(parsed("resources unit tests cohort:spring"))
                .containsEntry("words", "unit tests")
                .containsEntry("cohort", "spring");
    }

    @Test
    void portfolioFormatCanComeWithoutAMember() {
        assertThat(parsed("portfolio markdown"))
                .containsEntry("format", "markdown")
                .doesNotContainKey("member");
        assertThat(parsed("portfolio alice json"))
                .containsEntry("member", "alice")
                .containsEntry("format", "json");
        assertThat(reply("ivy", "portfolio markdown")).doesNotContain("markdown has");
    }

    @Test
    void aDateTheCalendarDoesNotHaveSaysWhy() {
        Map<String, List<String>> before = StoreSnapshot.of(atelier.mongo());

        assertThat(reply("mira", "milestone add 1 Draft due:2026-02-30")).contains("February has no 30th");
        assertThat(reply("mira", "milestone add 1 Draft due:2027-02-29")).contains("February 2027 has no 29th");
        assertThat(reply("mira", "milestone add 1 Draft due:2026-04-31")).contains("April has no 31st");
        assertThat(reply("mira", "milestone add 1 Draft due:2026-13-01")).contains("no month 13");
        assertThat(reply("ivy", "away 2026-02-30 2026-03-02")).contains("February has no 30th");
        assertThat(reply("ivy", "pause until 2026-11-31")).contains("November has no 31st");

        assertThat(StoreSnapshot.changes(before, StoreSnapshot.of(atelier.mongo())))
                .isEmpty();
    }

    @Test
    void minutesPastFiftyNineAfterHoursAreRefused() {
        Map<String, List<String>> before = StoreSnapshot.of(atelier.mongo());

        assertThat(reply("ivy", "log 1h99 reading")).startsWith("⚠️").contains("59");

        assertThat(StoreSnapshot.changes(before, StoreSnapshot.of(atelier.mongo())))
                .isEmpty();
        assertThat(reply("ivy", "log 1h30 reading")).contains("1.5 h");
    }

    @Test
    void aRefusedCommandDrawsNoNumber() {
        long internships = counter("internship");
        long milestones = counter("milestone");
        long questions = counter("question");
        long hours = counter("hours");

        assertThat(reply("mod", "internship start @ivy @ivy 1")).startsWith("⚠️");
        assertThat(reply("ivy", "milestone add 1 Sneaky")).startsWith("⚠️");
        assertThat(reply("olga", "ask why can I not ask")).startsWith("⚠️");
        assertThat(reply("olga", "log 2 internship:1")).startsWith("⚠️");

        assertThat(counter("internship")).isEqualTo(internships);
        assertThat(counter("milestone")).isEqualTo(milestones);
        assertThat(counter("question")).isEqualTo(questions);
        assertThat(counter("hours")).isEqualTo(hours);
    }

    @Test
    void aLogRefusedOnAWithdrawnInternshipDrawsNoEntryNumber() {
        run("mod", "internship withdraw 1 the intern left");
        long hours = counter("hours");

        assertThat(reply("ivy", "log 2 internship:1")).startsWith("⚠️");

        assertThat(counter("hours")).isEqualTo(hours);
    }

    @Test
    void startingTheSamePairOnTheSameTaskAgainAsksToConfirm() {
        Map<String, List<String>> before = StoreSnapshot.of(atelier.mongo());

        Outcome again = run("mod", "internship start @ivy @mira 1 spring");

        assertThat(StoreSnapshot.changes(before, StoreSnapshot.of(atelier.mongo())))
                .isEmpty();
        assertThat(again.reply().text()).contains("#1");
        assertThat(again.reply().buttons()).hasSize(1);
        Button confirm = again.reply().buttons().get(0);
        assertThat(confirm.command()).contains("again:yes");

        Outcome pressed = atelier.bot()
                .press(new Caller(SHOP, new Actor(new Member("mod", "mod"), true), null), confirm.actionId());

        assertThat(pressed.reply().text()).contains("#2");
        assertThat(atelier.mongo().getCollection("internships").countDocuments())
                .isEqualTo(2);
    }

    @Test
    void anotherTaskOrAnotherMentorStartsWithoutAsking() {
        run("mod", "task add \"Shop search\" \"Add search\"");

        assertThat(run("mod", "internship start @ivy @mira 2").reply().buttons())
                .isEmpty();
        assertThat(run("mod", "internship start @ivy @max 1").reply().buttons()).isEmpty();
        assertThat(atelier.mongo().getCollection("internships").countDocuments())
                .isEqualTo(3);
    }
}
