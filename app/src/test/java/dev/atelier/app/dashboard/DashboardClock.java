package dev.atelier.app.dashboard;

import dev.atelier.core.testing.MutableClock;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The dashboard tests' clock: a {@link MutableClock} at Monday 2026-11-02 10:00 UTC replaces the
 * application's clock. {@code @Import} it in a {@code @SpringBootTest}.
 */
@TestConfiguration
class DashboardClock {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
    }
}
