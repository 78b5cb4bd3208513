package dev.atelier.app.rights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.AtelierApplication;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code mydata} on the console gives a link the running application serves once, after a button press. */
class DataExportLinkTest {

    static final CommunityRef LOCAL = new CommunityRef(Platform.CONSOLE, "local", "Local guild");

    @TempDir
    Path data;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theLinkShowsAButtonThenDownloadsTheExportOnce() throws Exception {
        SpringApplication app = new SpringApplication(AtelierApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        try (ConfigurableApplicationContext context = app.run(
                "--atelier.store.embedded.path=" + data,
                "--server.port=0",
                "--atelier.discord.token=",
                "--atelier.slack.bot-token=",
                "--atelier.public-url=https://atelier.example.org/")) {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            AtelierBot bot = context.getBean(AtelierBot.class);
            Caller ada = new Caller(LOCAL, new Actor(new Member("ada", "Ada Lovelace"), false), null);
            bot.run(ada, "profile set bio:\"Ada's notes\"");
            String reply = bot.run(ada, "mydata").reply().text();
            Matcher link = Pattern.compile("https://atelier.example.org(/mydata/[A-Za-z0-9_-]{43})")
                    .matcher(reply);
            assertThat(link.find()).as(reply).isTrue();
            URI uri = URI.create(base + link.group(1));

            HttpResponse<String> page =
                    http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<form method=\"post\">").doesNotContain("Ada's notes");
            assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

            HttpResponse<String> file = http.send(
                    HttpRequest.newBuilder(uri)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                    .contains("attachment");
            assertThat(file.body()).contains("\"member\": \"ada\"", "Ada's notes");

            HttpResponse<String> again = http.send(
                    HttpRequest.newBuilder(uri)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(404);
            assertThat(again.body()).doesNotContain("Ada");
            assertThat(http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/mydata/garbage"))
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(404);
        }
    }
}
