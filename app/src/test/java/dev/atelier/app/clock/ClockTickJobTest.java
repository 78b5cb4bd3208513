package dev.atelier.app.clock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.testing.MutableClock;
import dev.atelier.core.testing.RecordingPlatform;
import dev.atelier.core.testing.TestAtelier;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tick of the Quartz job runs the core's check-in round. */
class ClockTickJobTest {

    static final CommunityRef SHOP = new CommunityRef(Platform.CONSOLE, "shop", "Shop");

    @Test
    void aTickSendsThePromptsThatFellDue() {
        RecordingPlatform platform = new RecordingPlatform(Platform.CONSOLE);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        try (TestAtelier atelier = TestAtelier.start(List.of(platform), List.of(platform), clock)) {
            Caller mod = new Caller(SHOP, new Actor(new Member("mod", "mod"), true), null);
            atelier.bot().run(mod, "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40 java");
            atelier.bot().run(mod, "internship start @alice @bob 1");
            platform.clear();
            clock.set(Instant.parse("2026-11-30T10:00:00Z"));

            new ClockTickJob(atelier.services().clockRound(), atelier.services().peerHelp()).executeInternal(null);

            assertThat(platform.sent()).singleElement().satisfies(n -> {
                assertThat(n.to()).isEqualTo(Destination.direct("alice"));
                assertThat(n.message().title()).startsWith("🗓️ Check-in 1");
            });
        }
    }

    @Test
    void aTickOffersQuestionsThatWaitedTooLongToPeers() {
        RecordingPlatform platform = new RecordingPlatform(Platform.CONSOLE);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        try (TestAtelier atelier = TestAtelier.start(List.of(platform), List.of(platform), clock)) {
            Caller mod = new Caller(SHOP, new Actor(new Member("mod", "mod"), true), null);
            atelier.bot().run(mod, "cohort create spring cohort-chan");
            atelier.bot().run(mod, "task add \"Shop checkout\" \"Add a checkout\"");
            atelier.bot().run(mod, "internship start @alice @bob 1 spring");
            atelier.bot()
                    .run(
                            new Caller(SHOP, new Actor(new Member("alice", "alice"), false), null),
                            "ask \"How do I seed the database?\"");
            clock.set(Instant.parse("2026-11-23T22:00:00Z"));

            new ClockTickJob(atelier.services().clockRound(), atelier.services().peerHelp()).executeInternal(null);

            assertThat(platform.threadPosts()).anySatisfy(p -> {
                assertThat(p.thread().channelId()).isEqualTo("cohort-chan");
                assertThat(p.message().text()).contains("How do I seed the database?");
            });
        }
    }
}
