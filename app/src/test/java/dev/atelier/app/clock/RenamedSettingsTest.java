package dev.atelier.app.clock;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.env.MockEnvironment;

/** The clock's settings moved to {@code atelier.clock.*}; the old names still work, with a warning once. */
class RenamedSettingsTest {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(RenamedSettings.class);

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
    }

    @Test
    void theOldNameIsStillReadWithOneDeprecationWarning() {
        MockEnvironment environment = new MockEnvironment().withProperty("atelier.checkins.tick-seconds", "7");
        RenamedSettings settings = new RenamedSettings(environment);

        int first =
                settings.read(ClockConfiguration.TICK_SECONDS, ClockConfiguration.OLD_TICK_SECONDS, Integer.class, 30);
        int second =
                settings.read(ClockConfiguration.TICK_SECONDS, ClockConfiguration.OLD_TICK_SECONDS, Integer.class, 30);

        assertThat(List.of(first, second)).containsExactly(7, 7);
        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage())
                    .contains("atelier.checkins.tick-seconds")
                    .contains("atelier.clock.tick-seconds");
        });
    }

    @Test
    void theNewNameWinsWithoutAWarning() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("atelier.clock.tick-seconds", "5")
                .withProperty("atelier.checkins.tick-seconds", "7");

        int tick = new RenamedSettings(environment)
                .read(ClockConfiguration.TICK_SECONDS, ClockConfiguration.OLD_TICK_SECONDS, Integer.class, 30);

        assertThat(tick).isEqualTo(5);
        assertThat(log.list).isEmpty();
    }

    @Test
    void withNeitherNameTheDefaultApplies() {
        int tick = new RenamedSettings(new MockEnvironment())
                .read(ClockConfiguration.TICK_SECONDS, ClockConfiguration.OLD_TICK_SECONDS, Integer.class, 30);

        assertThat(tick).isEqualTo(30);
        assertThat(log.list).isEmpty();
    }
}
