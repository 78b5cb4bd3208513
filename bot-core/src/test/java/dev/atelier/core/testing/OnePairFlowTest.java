package dev.atelier.core.testing;

import dev.atelier.core.clock.rounds.ClockRound;
import dev.atelier.core.message.Notification;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * A {@link CoreFlowTest} with one running internship: alice (time zone Europe/Paris) interns with
 * bob (UTC) on task #1 "Shop checkout", started on Monday 2026-11-23 10:00 UTC (11:00 in Paris);
 * nothing sent so far. For the clock's tests: check-ins, reminders, due work.
 */
public abstract class OnePairFlowTest extends CoreFlowTest {

    @BeforeEach
    protected final void startOnePair() {
        as("alice", "profile set timezone:Europe/Paris");
        as("mod", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40 \"java, sql\"");
        as("mod", "internship start @alice @bob 1");
        platform.clear();
    }

    /** One tick of the clock at the current time. */
    protected ClockRound.Report round() {
        return atelier.services().clockRound().run();
    }

    /** The check-in prompts sent since the last clear. */
    protected List<Notification> prompts() {
        return platform.sent().stream()
                .filter(n -> n.message().title() != null && n.message().title().startsWith("🗓️ Check-in"))
                .toList();
    }
}
