package dev.atelier.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.AtelierApplication;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.community.Platform;
import dev.atelier.core.workspace.Notifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application with a Discord token: it starts without waiting for Discord (here
 * unreachable on a closed local port), wires the Discord ports into the core, and health reports
 * the Discord connection as not up.
 */
class DiscordWiringTest {

    @TempDir
    Path data;

    @Test
    void theAppStartsWithDiscordConfiguredAndReportsItsConnection() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplication(AtelierApplication.class)
                .run(
                        "--server.port=0",
                        "--atelier.store.embedded.path=" + data,
                        "--atelier.store.embedded.fsync=false",
                        "--atelier.discord.token=not-a-real-token",
                        "--atelier.discord.rest-url=http://127.0.0.1:9/api/v10/",
                        "--atelier.discord.gateway-url=ws://127.0.0.1:9/",
                        "--atelier.slack.bot-token=")) {
            assertThat(app.getBean(AtelierBot.class).catalog().commands()).isNotEmpty();
            assertThat(app.getBeansOfType(Notifier.class).values())
                    .extracting(Notifier::platform)
                    .contains(Platform.DISCORD);

            String port = app.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body())
                    .contains("\"mongo\":{\"status\":\"UP\"")
                    .containsPattern("\"discord\":\\{\"status\":\"(DOWN|OUT_OF_SERVICE)\"");
        }
    }
}
