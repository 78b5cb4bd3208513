package dev.atelier.app.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.atelier.app.AtelierApplication;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.credential.CredentialLinks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** The public credential endpoints of the running application, on a credential issued through the bot. */
class CredentialEndpointsTest {

    static final CommunityRef LOCAL = new CommunityRef(Platform.CONSOLE, "local", "Local guild");

    @TempDir
    Path data;

    final HttpClient http = HttpClient.newHttpClient();
    String base;

    @Test
    void a_credential_is_served_as_a_page_json_and_token_verifies_and_can_be_revoked() throws Exception {
        SpringApplication app = new SpringApplication(AtelierApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        try (ConfigurableApplicationContext context = app.run("--atelier.store.embedded.path=" + data,
                "--server.port=0", "--atelier.discord.token=", "--atelier.slack.bot-token=",
                "--atelier.public-url=https://atelier.example.org/")) {
            base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            AtelierBot bot = context.getBean(AtelierBot.class);
            String link = completeAnInternship(bot);
            assertThat(link).startsWith("https://atelier.example.org/credentials/");
            String id = CredentialLinks.idIn(link).orElseThrow();
            assertThat(Files.exists(data.resolve("keys").resolve("credential-signing-key.jwk"))).isTrue();

            HttpResponse<String> page = get("/credentials/" + id, "text/html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Verified: signed by this Atelier").contains("<h1>Shop checkout</h1>")
                    .contains("Local guild").contains("&lt;script&gt;").doesNotContain("<script>");

            HttpResponse<String> token = get("/credentials/" + id, "application/vc+jwt");
            assertThat(token.headers().firstValue("Content-Type").orElse("")).startsWith("application/vc+jwt");
            ECKey key = (ECKey) JWKSet.parse(get("/.well-known/jwks.json", "application/json").body()).getKeys().get(0);
            assertThat(SignedJWT.parse(token.body()).verify(new ECDSAVerifier(key))).isTrue();
            assertThat(get("/credentials/" + id + "?format=json", "*/*").body())
                    .contains("\"OpenBadgeCredential\"").contains("\"credentialSubject\"");
            assertThat(get("/issuers/console%3Alocal", "*/*").body()).contains("\"type\":[\"Profile\"]")
                    .contains("\"name\":\"Local guild\"").contains("https://atelier.example.org/issuers/console%3Alocal");
            assertThat(get("/issuers/discord%3A999", "*/*").statusCode()).isEqualTo(404);
            assertThat(get("/credentials/" + id + "/verify", "*/*").body()).contains("\"valid\":true")
                    .contains("\"status\":\"valid\"");

            bot.run(caller("mod", true), "credential revoke " + id + " \"issued by mistake\"");

            assertThat(get("/credentials/" + id + "/verify", "*/*").body()).contains("\"valid\":false")
                    .contains("\"status\":\"revoked\"").contains("issued by mistake");
            assertThat(get("/credentials/" + id, "text/html").body()).contains("Revoked on");
            assertThat(get("/credentials/00000000-0000-4000-8000-000000000000/verify", "*/*").statusCode())
                    .isEqualTo(404);
            assertThat(get("/credentials/nonsense", "text/html").statusCode()).isEqualTo(404);
        }
    }

    private String completeAnInternship(AtelierBot bot) {
        Caller mod = caller("mod", true);
        bot.run(mod, "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\"");
        bot.run(mod, "internship start @alice @bob 1");
        bot.run(caller("bob", false), "milestone add 1 \"Checkout page\"");
        bot.run(caller("alice", false), "submit 1 https://github.com/alice/shop/pull/3");
        bot.run(caller("bob", false), "review 1 approve");
        return bot.run(caller("bob", false), "internship complete 1 9 java \"tests\" \"Great <script>alert(1)</script>\"")
                .reply().fields().stream().filter(f -> f.name().equals("Credential")).findFirst().orElseThrow().value();
    }

    private static Caller caller(String who, boolean moderator) {
        return new Caller(LOCAL, new Actor(new Member(who, who), moderator), null);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
