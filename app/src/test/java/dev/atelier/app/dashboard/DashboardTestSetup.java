package dev.atelier.app.dashboard;

import dev.atelier.core.clock.rounds.ClockRound;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.dashboard.DashboardReads;
import dev.atelier.core.testing.MutableClock;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What the dashboard tests share: a {@link MutableClock} at Monday 2026-11-02 10:00 UTC in place of
 * the application's clock, and the {@link DashboardFixture} that seeds the store through the bot.
 * {@code @Import} it in a {@code @SpringBootTest}.
 */
@TestConfiguration
class DashboardTestSetup {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
    }

    @Bean
    DashboardFixture dashboardFixture(AtelierBot bot, DashboardReads reads, MutableClock clock, ClockRound round) {
        return new DashboardFixture(bot, reads, clock, round);
    }
}
