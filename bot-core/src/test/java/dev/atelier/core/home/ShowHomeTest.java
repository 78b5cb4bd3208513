package dev.atelier.core.home;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.testing.CoreFlowTest;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The home view shows each viewer what concerns them: as intern, as mentor, as moderator; nothing across communities. */
class ShowHomeTest extends CoreFlowTest {

    @BeforeEach
    void start() {
        home(SHOP, "mod", "cohort create spring-2026 cohort-chan");
        home(SHOP, "mod", "task add \"Shop checkout\" \"Add a checkout\"");
        home(SHOP, "mod", "internship start @alice @bob 1 spring-2026");
        home(SHOP, "alice", "ask \"How do I seed the database?\"");
        clock.advance(Duration.ofHours(5));
    }

    Message home(CommunityRef community, String who, String line) {
        return in(community, who, line).reply();
    }

    static String shown(Message m) {
        return m.title() + "\n" + m.text() + "\n"
                + m.fields().stream().map(f -> f.name() + ": " + f.value()).collect(Collectors.joining("\n"));
    }

    @Test
    void eachViewerSeesTheirOwnPart() {
        Message intern = home(SHOP, "alice", "home");
        assertThat(intern.fields()).extracting(Field::name).containsExactly("🎓 Your internships");
        assertThat(shown(intern))
                .contains("#1 Shop checkout with @bob · 1 open question")
                .contains("Q1 (open, 0 messages): How do I seed the database?");

        Message mentor = home(SHOP, "bob", "home");
        assertThat(mentor.fields())
                .extracting(Field::name)
                .containsExactly("🧑‍🏫 Waiting for you as a mentor, oldest first");
        assertThat(shown(mentor)).contains("How do I seed the database?");

        assertThat(shown(home(SHOP, "mod", "home")))
                .contains("🛠 Cohorts")
                .contains("*spring-2026*: 1 active internship · 1 question waiting (oldest 5 h)");

        assertThat(home(SHOP, "carol", "home").fields()).isEmpty();
        assertThat(home(SHOP, "carol", "home").text()).contains("Nothing waits for you");
        assertThat(home(OTHER, "alice", "home").fields()).isEmpty();
        assertThat(shown(home(OTHER, "mod", "home"))).doesNotContain("spring-2026");
    }

    @Test
    void theInternSeesTheNextCheckInInHerOwnZoneThenTheOneWaitingForHer() {
        assertThat(shown(home(SHOP, "alice", "home"))).contains("🗓️ Next check-in Mon 2026-11-30 10:00 (UTC)");

        home(SHOP, "alice", "profile set timezone:Europe/Paris");
        assertThat(shown(home(SHOP, "alice", "home")))
                .contains("🗓️ Next check-in Mon 2026-11-30 10:00 (Europe/Paris)");

        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        atelier.services().clockRound().run();
        assertThat(shown(home(SHOP, "alice", "home")))
                .contains("🗓️ Check-in #1 waits for your answer")
                .doesNotContain("Next check-in");
        assertThat(shown(home(SHOP, "bob", "home"))).doesNotContain("check-in");
    }
}
