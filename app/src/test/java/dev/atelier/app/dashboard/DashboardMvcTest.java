package dev.atelier.app.dashboard;

import dev.atelier.core.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the dashboard's MockMvc tests share: the application without chat platforms, at a public URL, with
 * the test clock and the seeded {@link DashboardFixture}. Each subclass names its own store directory in a
 * {@code @DynamicPropertySource}, so each runs on a store of its own.
 */
@SpringBootTest(
        properties = {
            "atelier.discord.token=",
            "atelier.slack.bot-token=",
            "atelier.public-url=https://atelier.example.org"
        })
@AutoConfigureMockMvc
@Import(DashboardTestSetup.class)
abstract class DashboardMvcTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    DashboardFixture fixture;

    @BeforeEach
    void seed() {
        fixture.seedOnce();
    }
}
