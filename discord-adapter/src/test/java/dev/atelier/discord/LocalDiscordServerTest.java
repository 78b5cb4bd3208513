package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The configured REST and gateway URLs are the ones JDA really uses: a local HTTP server stands in
 * for Discord, answers the token check, and records the gateway connection attempt.
 */
class LocalDiscordServerTest {

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private JDA jda;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        if (jda != null) {
            jda.shutdownNow();
        }
        server.stop(0);
    }

    @Test
    void loginGoesToTheConfiguredRestUrlAndTheSessionToTheConfiguredGateway() {
        // given
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        DiscordProperties properties = new DiscordProperties(
                "test-token",
                base + "/api/v10/",
                "ws://127.0.0.1:" + server.getAddress().getPort() + "/gateway",
                null);

        // when
        jda = JdaFactory.build(properties, new net.dv8tion.jda.api.hooks.ListenerAdapter() {});

        // then the token was checked against our server, and the gateway connection came to it too
        assertThat(requests).contains("GET /api/v10/users/@me");
        assertThat(authorizations).contains("Bot test-token");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(requests).anyMatch(request -> request.startsWith("GET /gateway")));
        assertThat(jda.getSelfUser().getName()).isEqualTo("atelier");
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            authorizations.add(authorization);
        }
        if (exchange.getRequestURI().getPath().endsWith("/users/@me")) {
            byte[] body = ("{\"id\":\"123456789012345678\",\"username\":\"atelier\",\"discriminator\":\"0\","
                            + "\"global_name\":null,\"avatar\":null,\"bot\":true,\"verified\":true,\"mfa_enabled\":false,"
                            + "\"flags\":0}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } else {
            exchange.sendResponseHeaders(404, -1);
        }
        exchange.close();
    }
}
