package dev.atelier.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.AtelierApplication;
import dev.atelier.core.assembly.InboxAssembly;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The running application with Slack configured: after commands, {@code /actuator/prometheus} serves
 * the command, reply, inbox, due-work, platform-API and store metrics; on shutdown the inbox workers
 * finish the command in hand and give the rest back, which the next start answers.
 */
class OperationsTest {

    static final String SECRET = "operations-secret";
    final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    LocalSlack slack;
    ConfigurableApplicationContext app;

    @BeforeEach
    void startSlack() throws Exception {
        slack = new LocalSlack();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        slack.close();
    }

    ConfigurableApplicationContext start() {
        return new SpringApplication(AtelierApplication.class)
                .run(
                        "--server.port=0",
                        "--atelier.store.embedded.path=" + data,
                        "--atelier.store.embedded.fsync=false",
                        "--atelier.slack.bot-token=xoxb-test",
                        "--atelier.slack.signing-secret=" + SECRET,
                        "--atelier.slack.api-url=" + slack.apiUrl(),
                        "--atelier.slack.response-url-hosts=127.0.0.1",
                        "--atelier.discord.token=",
                        "--atelier.inbox.poll-millis=100",
                        "--atelier.inbox.workers=2");
    }

    String base() {
        return "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    int send(String user, String text, String name) throws Exception {
        return new SignedCommands(http, base() + "/slack/events", SECRET)
                .send("T1", user, text, "trigger-" + name, slack.responseUrl(name));
    }

    long answers(String name) {
        return slack.posts().stream()
                .filter(p -> p.path().equals("/response/" + name))
                .count();
    }

    HttpResponse<String> scrape() {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base() + "/actuator/prometheus"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 30 s").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void prometheusServesTheNamedMetricsAfterCommands() throws Exception {
        app = start();
        assertThat(send("UADMIN", "task add Shop \"Build a shop\"", "a")).isEqualTo(200);
        assertThat(send("UGONE", "help", "b")).isEqualTo(200);
        assertThat(send("USLOW", "task add Refused \"not an admin\"", "c")).isEqualTo(200);
        await(() -> answers("a") == 1 && answers("b") == 1 && answers("c") == 1);
        // a reply's latency is recorded once the worker has stored it as answered, just after the post arrived
        await(() -> scrape().body().contains("atelier_reply_latency_seconds_count{via=\"reply\"} 3"));

        HttpResponse<String> scrape = scrape();

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("atelier_commands_total{command=\"task add\",outcome=\"ok\"} 1.0")
                .contains("atelier_commands_total{command=\"task add\",outcome=\"refused\"} 1.0")
                .contains("atelier_reply_latency_seconds_count{via=\"reply\"} 3")
                .contains("atelier_inbox_depth 0.0")
                .contains("atelier_duework_lag_seconds 0.0")
                .contains(
                        "atelier_platform_api_errors_total{error=\"user_not_found\",method=\"users.info\",platform=\"slack\"} 1.0")
                .contains("atelier_platform_api_rate_limited_total{method=\"users.info\",platform=\"slack\"} 1.0")
                .containsPattern("mongodb_driver_commands_seconds_count\\{.*command=\"insert\".*\\} [1-9]");
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void shutdownFinishesTheCommandInHandGivesTheRestBackAndTheNextStartAnswersIt() throws Exception {
        // given a member's two commands, the first one's answer in flight
        app = start();
        CountDownLatch release = new CountDownLatch(1);
        slack.hold = release;
        assertThat(send("UADMIN", "task add One \"first\"", "one")).isEqualTo(200);
        assertThat(send("UADMIN", "task add Two \"second\"", "two")).isEqualTo(200);
        assertThat(slack.holding.await(20, TimeUnit.SECONDS)).isTrue();

        // when the application shuts down meanwhile
        InboxAssembly.Built inbox = app.getBean(InboxAssembly.Built.class);
        ConfigurableApplicationContext closing = app;
        CompletableFuture<Void> closed = CompletableFuture.runAsync(closing::close);
        await(() -> !inbox.workers().isRunning());
        release.countDown();
        closed.get(60, TimeUnit.SECONDS);
        app = null;

        // then the first was answered and the second waits in the store
        assertThat(answers("one")).isEqualTo(1);
        assertThat(answers("two")).isZero();

        // and the next start answers it, once, without running the first again
        app = start();
        await(() -> answers("two") == 1);
        assertThat(send("UADMIN", "task list", "list")).isEqualTo(200);
        await(() -> answers("list") == 1);
        String list = slack.posts().stream()
                .filter(p -> p.path().equals("/response/list"))
                .findFirst()
                .orElseThrow()
                .body();
        assertThat(list).contains("One").contains("Two");
        assertThat(list.split("#3", -1)).hasSize(1);
        assertThat(answers("one")).isEqualTo(1);
    }
}
