package dev.atelier.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.MutableClock;
import dev.atelier.core.testing.RecordingPlatform;
import dev.atelier.core.testing.StoreSnapshot;
import dev.atelier.core.testing.TestAtelier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every command of the catalog (iterated, so a new command is covered without touching this test),
 * with valid-looking values for its required options, run as the intern, the mentor, a moderator, an
 * outsider of the community and a member of another community. A moderators-only command is refused
 * to all but the moderator with the access message; no command ever fails with "something went
 * wrong"; every refusal leaves the store as it was; and the other community's member never sees or
 * changes anything of this one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    private static final CommunityRef SHOP = new CommunityRef(Platform.CONSOLE, "shop", "Shop guild");
    private static final CommunityRef OTHER = new CommunityRef(Platform.CONSOLE, "other", "Other guild");
    private static final String SECRET_TASK = "Secret checkout of the shop";

    /** Who runs the command: a member of a community, moderating it or not. */
    private record Role(String label, CommunityRef community, String member, boolean moderator) {}

    /** Refused roles first, so that what the moderator does cannot hide what the others could have done. */
    private static final List<Role> ROLES = List.of(
            new Role("another community's member", OTHER, "oscar", false),
            new Role("outsider", SHOP, "olga", false),
            new Role("intern", SHOP, "ivy", false),
            new Role("mentor", SHOP, "mira", false),
            new Role("moderator", SHOP, "mod", true));

    private TestAtelier atelier;

    @BeforeAll
    void startAtelier() {
        RecordingPlatform platform = new RecordingPlatform(Platform.CONSOLE);
        atelier = TestAtelier.start(
                List.of(platform), List.of(platform), new MutableClock(Instant.parse("2026-11-23T10:00:00Z")));
        run(SHOP, "mod", true, "cohort create spring");
        run(SHOP, "mod", true, "task add \"" + SECRET_TASK + "\" \"Add a checkout\" \"400 USD\" 40 \"java, sql\"");
        run(SHOP, "mod", true, "internship start @ivy @mira 1 spring");
        run(SHOP, "mira", false, "milestone add 1 \"First draft\"");
        run(SHOP, "ivy", false, "submit 1 https://example.org/draft");
        run(SHOP, "nia", false, "help");
        run(OTHER, "omod", true, "task add \"Garden\" \"Plant the garden\"");
        run(OTHER, "omod", true, "internship start @oona @otto 1");
    }

    @AfterAll
    void stopAtelier() {
        atelier.close();
    }

    @TestFactory
    Stream<DynamicTest> everyCommandAsEveryRole() {
        List<CommandSpec> commands = atelier.bot().catalog().commands();
        assertThat(commands).hasSizeGreaterThan(10);
        return commands.stream()
                .flatMap(spec -> ROLES.stream()
                        .map(role ->
                                DynamicTest.dynamicTest(spec.path() + " as " + role.label(), () -> check(spec, role))));
    }

    private void check(CommandSpec spec, Role role) {
        // given
        String line = validLooking(spec);
        Map<String, List<String>> before = StoreSnapshot.of(atelier.mongo());

        // when
        Outcome outcome = run(role.community(), role.member(), role.moderator(), line);

        // then
        String reply = outcome.isModal() ? "" : outcome.reply().text();
        assertThat(reply).as("%s as %s", line, role.label()).doesNotStartWith("❌");
        boolean deniedAccess = reply.startsWith("⚠️ Only moderators can run");
        boolean moderatorsOnly = spec.access() == Access.MODERATOR;
        assertThat(deniedAccess)
                .as("`%s` (%s) as %s: %s", line, spec.access(), role.label(), reply)
                .isEqualTo(moderatorsOnly && !role.moderator());
        if (reply.startsWith("⚠️")) {
            assertThat(StoreSnapshot.changes(before, StoreSnapshot.of(atelier.mongo())))
                    .as("store after refused `%s` as %s: %s", line, role.label(), reply)
                    .isEmpty();
        }
        if (role.community().equals(OTHER)) {
            assertThat(reply + outcome)
                    .as("what %s sees of the shop", role.label())
                    .doesNotContain(SECRET_TASK, SHOP.id(), SHOP.name(), "example.org/draft");
            assertThat(ofShop(StoreSnapshot.of(atelier.mongo())))
                    .as("the shop's data after `%s` in another community", line)
                    .isEqualTo(ofShop(before));
        }
    }

    /** The command with a valid-looking value for each required option, as {@code name:value}. */
    private static String validLooking(CommandSpec spec) {
        return spec.path()
                + spec.options().stream()
                        .filter(OptionSpec::required)
                        .map(option -> " " + option.name() + ":" + value(option))
                        .collect(Collectors.joining());
    }

    private static String value(OptionSpec option) {
        return switch (option.type()) {
            case TEXT, LONG_TEXT -> "\"A few words\"";
            case INTEGER -> "2";
            case DATE -> "2026-12-15";
            case URL -> "https://example.org/work";
            case MEMBER ->
                option.name().contains("mentor") ? "@mira" : option.name().contains("intern") ? "@ivy" : "@nia";
            case CHANNEL -> "<#C1>";
            case CHOICE -> option.choices().get(0);
            case COHORT -> "spring";
            case TASK, INTERNSHIP, MILESTONE -> "1";
        };
    }

    private static Map<String, List<String>> ofShop(Map<String, List<String>> snapshot) {
        Map<String, List<String>> shop = snapshot.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> entry.getValue().stream()
                                .filter(document -> document.contains(SHOP.id()))
                                .toList()));
        // a collection another community's first write creates holds nothing of the shop
        shop.values().removeIf(List::isEmpty);
        return shop;
    }

    private Outcome run(CommunityRef community, String who, boolean moderator, String line) {
        return atelier.bot().run(new Caller(community, new Actor(new Member(who, who), moderator), null), line);
    }
}
