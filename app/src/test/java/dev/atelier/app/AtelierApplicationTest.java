package dev.atelier.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerKey;
import org.quartz.simpl.RAMJobStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole application on the embedded store: it starts, reports health, and keeps data across a restart. */
class AtelierApplicationTest {

    static final Caller MOD = new Caller(
            new CommunityRef(Platform.CONSOLE, "local", "local"), new Actor(new Member("mod", "mod"), true), null);

    @TempDir
    Path data;

    ConfigurableApplicationContext start(WebApplicationType type) {
        SpringApplication app = new SpringApplication(AtelierApplication.class);
        app.setWebApplicationType(type);
        return app.run(
                "--atelier.store.embedded.path=" + data,
                "--server.port=0",
                "--atelier.discord.token=",
                "--atelier.slack.bot-token=");
    }

    @Test
    void healthReportsTheStoreWhenNoPlatformIsConnected() throws Exception {
        try (ConfigurableApplicationContext context = start(WebApplicationType.SERVLET)) {
            String port = context.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"mongo\"");
        }
    }

    @Test
    void quartzRunsTheCheckInClock() throws Exception {
        try (ConfigurableApplicationContext context = start(WebApplicationType.NONE)) {
            Scheduler scheduler = context.getBean(Scheduler.class);
            assertThat(scheduler.isStarted()).isTrue();
            assertThat(scheduler.getMetaData().getJobStoreClass()).isEqualTo(RAMJobStore.class);
            assertThat(scheduler.getTrigger(TriggerKey.triggerKey("clock-tick")))
                    .isInstanceOfSatisfying(
                            SimpleTrigger.class,
                            t -> assertThat(t.getRepeatInterval()).isEqualTo(30_000));
        }
    }

    @Test
    void dataSurvivesARestart() {
        try (ConfigurableApplicationContext context = start(WebApplicationType.NONE)) {
            AtelierBot bot = context.getBean(AtelierBot.class);
            assertThat(bot.run(MOD, "cohort create autumn").reply().text()).contains("Cohort *autumn* created");
        }

        try (ConfigurableApplicationContext context = start(WebApplicationType.NONE)) {
            AtelierBot bot = context.getBean(AtelierBot.class);
            assertThat(bot.run(MOD, "cohort list").reply().text()).contains("*autumn* — draft");
        }
    }
}
