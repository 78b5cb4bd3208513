package dev.atelier.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.atelier.app.AtelierApplication;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Two application instances on one MongoDB server (a mongo-java-server on a port, reached through
 * {@code spring.mongodb.uri} as a real MongoDB would be), behind one Slack workspace: a burst of signed
 * commands spread over both is answered once each, and the reminders the instances' clocks plan and
 * send on the shared store (both tick every second) reach Slack once each.
 */
class TwoInstancesTest {

    static final String SECRET = "two-instances-secret";
    static final int PAIRS = 6;
    static final Pattern DUE_SOON = Pattern.compile("internship #(\\d+) is due by the end of");

    final HttpClient http = HttpClient.newHttpClient();
    final List<ConfigurableApplicationContext> apps = new ArrayList<>();
    MongoServer mongo;
    LocalSlack slack;

    @TempDir
    Path keys;

    @AfterEach
    void stop() {
        apps.forEach(ConfigurableApplicationContext::close);
        if (slack != null) {
            slack.close();
        }
        if (mongo != null) {
            mongo.shutdownNow();
        }
    }

    @Test
    void aBurstOverTwoInstancesIsAnsweredOnceAndEveryReminderIsSentOnce() throws Exception {
        // given one store on a port and two instances using it
        mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        slack = new LocalSlack();
        String uri = "mongodb://127.0.0.1:" + address.getPort() + "/atelier";
        apps.add(start(uri, "a"));
        apps.add(start(uri, "b"));

        // when a burst of commands goes to both at once
        List<CompletableFuture<Integer>> burst = new ArrayList<>();
        for (int i = 1; i <= PAIRS * 2; i++) {
            String name = "task-" + i;
            burst.add(send(i % 2, "UADMIN", "task add Task" + i + " \"Work " + i + "\"", name));
        }
        assertThat(burst.stream().map(CompletableFuture::join)).allMatch(status -> status == 200);
        OperationsTest.await(() -> answered("task-", PAIRS * 2));
        // and pairs are started and given a milestone due today, every other command to the other instance
        for (int i = 1; i <= PAIRS; i++) {
            sendAndAwait(
                    i % 2,
                    "UADMIN",
                    "internship start <@UINT" + i + "|int" + i + "> <@UMEN" + i + "|men" + i + "> " + i,
                    "start-" + i);
            sendAndAwait(
                    (i + 1) % 2,
                    "UMEN" + i,
                    "milestone add " + i + " \"Draft " + i + "\" due:" + LocalDate.of(2026, 11, 30),
                    "milestone-" + i);
        }

        // then every command was answered once
        Map<String, Long> answers = slack.posts().stream()
                .filter(p -> p.path().startsWith("/response/"))
                .collect(Collectors.groupingBy(LocalSlack.Post::path, Collectors.counting()));
        assertThat(answers)
                .hasSize(PAIRS * 4)
                .allSatisfy((path, n) -> assertThat(n).as(path).isEqualTo(1));
        assertThat(slack.posts().stream()
                        .filter(p -> p.path().equals("/response/start-" + PAIRS))
                        .findFirst()
                        .orElseThrow()
                        .body())
                .contains("#" + PAIRS);
        // and each intern's due-soon reminder was sent once, by one of the clocks
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (dueSoon().size() < PAIRS) {
            assertThat(Instant.now())
                    .as(() -> "waited 120 s for the reminders; Slack got "
                            + slack.posts().stream()
                                    .filter(p -> !p.path().startsWith("/response/"))
                                    .toList())
                    .isBefore(deadline);
            Thread.sleep(50);
        }
        Thread.sleep(3_000); // both clocks tick again meanwhile: room for a duplicate to show up
        Map<String, Long> perInternship =
                dueSoon().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perInternship)
                .hasSize(PAIRS)
                .allSatisfy((internship, n) ->
                        assertThat(n).as("reminders about #" + internship).isEqualTo(1));
    }

    ConfigurableApplicationContext start(String uri, String name) {
        return new SpringApplicationBuilder(AtelierApplication.class, NoonClock.class)
                .run(
                        "--server.port=0",
                        "--spring.mongodb.uri=" + uri,
                        "--atelier.slack.bot-token=xoxb-test",
                        "--atelier.slack.signing-secret=" + SECRET,
                        "--atelier.slack.api-url=" + slack.apiUrl(),
                        "--atelier.slack.response-url-hosts=127.0.0.1",
                        "--atelier.discord.token=",
                        "--atelier.inbox.poll-millis=100",
                        "--atelier.inbox.workers=2",
                        "--atelier.checkins.tick-seconds=1",
                        "--spring.application.name=atelier-" + name,
                        "--spring.quartz.scheduler-name=atelier-" + name,
                        "--atelier.credentials.key-path=" + keys,
                        "--logging.level.root=warn");
    }

    CompletableFuture<Integer> send(int instance, String user, String text, String name) {
        String port = apps.get(instance).getEnvironment().getProperty("local.server.port");
        SignedCommands signed = new SignedCommands(http, "http://127.0.0.1:" + port + "/slack/events", SECRET);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return signed.send("T1", user, text, "trigger-" + name, slack.responseUrl(name));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    void sendAndAwait(int instance, String user, String text, String name) throws Exception {
        assertThat(send(instance, user, text, name).join()).isEqualTo(200);
        OperationsTest.await(() -> answered(name, 1));
    }

    boolean answered(String prefix, int count) {
        return slack.posts().stream()
                        .filter(p -> p.path().startsWith("/response/" + prefix))
                        .count()
                >= count;
    }

    /** The internship number of every due-soon reminder posted to Slack. */
    List<String> dueSoon() {
        List<String> numbers = new ArrayList<>();
        for (LocalSlack.Post post : slack.posts()) {
            if (post.path().equals("/api/chat.postMessage")) {
                Matcher m = DUE_SOON.matcher(URLDecoder.decode(post.body(), StandardCharsets.UTF_8));
                if (m.find()) {
                    numbers.add(m.group(1));
                }
            }
        }
        return numbers;
    }

    /** Noon UTC on 2026-11-30, running on from the start: outside everyone's quiet hours, whenever the test runs. */
    @Configuration(proxyBeanMethods = false)
    static class NoonClock {

        @Bean
        @Primary
        Clock noonClock() {
            Instant noon = Instant.parse("2026-11-30T12:00:00Z");
            Clock real = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
            return Clock.offset(real, Duration.between(real.instant(), noon)).withZone(ZoneOffset.UTC);
        }
    }
}
