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
import java.util.Map;
import java.util.stream.Stream;
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
    void aCredentialIsServedAsAPageJsonAndTokenVerifiesAndCanBeRevoked() throws Exception {
        try (ConfigurableApplicationContext context = start(
                "--atelier.store.embedded.path=" + data,
                "--server.port=0",
                "--atelier.discord.token=",
                "--atelier.slack.bot-token=",
                "--atelier.public-url=https://atelier.example.org/")) {
            AtelierBot bot = context.getBean(AtelierBot.class);
            String link = completeAnInternship(bot);
            assertThat(link).startsWith("https://atelier.example.org/credentials/");
            String id = CredentialLinks.idIn(link).orElseThrow();
            assertThat(Files.exists(data.resolve("keys").resolve("credential-signing-key.jwk")))
                    .isTrue();

            HttpResponse<String> page = get("/credentials/" + id, "text/html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("Verified: signed by this Atelier")
                    .contains("<h1>Shop checkout</h1>")
                    .contains("Local guild")
                    .contains("&lt;script&gt;")
                    .doesNotContain("<script>")
                    .contains("M1 Checkout page")
                    .contains("href=\"https://github.com/alice/shop/pull/3\"")
                    .contains("The mentor's endorsement")
                    .contains("logged by the intern")
                    .contains("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&amp;name=Shop+checkout"
                            + "&amp;organizationName=Local+guild&amp;issueYear=")
                    .contains("certUrl=https%3A%2F%2Fatelier.example.org%2Fcredentials%2F" + id + "&amp;certId=" + id)
                    .contains("?format=jwt&amp;download")
                    .contains("?format=json&amp;download")
                    .doesNotContain("Final score");

            bot.run(caller("bob", false), "credential score " + id + " show");
            assertThat(get("/credentials/" + id, "text/html").body())
                    .as("only the intern chooses")
                    .doesNotContain("Final score");
            bot.run(caller("alice", false), "credential score " + id + " show");
            assertThat(get("/credentials/" + id, "text/html").body())
                    .contains("Final score")
                    .contains("9/10");

            HttpResponse<String> token = get("/credentials/" + id, "application/vc+jwt");
            assertThat(token.headers().firstValue("Content-Type").orElse("")).startsWith("application/vc+jwt");
            JWKSet keys = JWKSet.parse(
                    get("/.well-known/jwks.json", "application/json").body());
            SignedJWT jwt = SignedJWT.parse(token.body());
            assertThat(jwt.getHeader().getKeyID()).startsWith("https://atelier.example.org/.well-known/jwks.json#");
            ECKey key = (ECKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
            assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();
            HttpResponse<String> json = get("/credentials/" + id + "?format=json&download", "*/*");
            assertThat(json.body()).contains("\"OpenBadgeCredential\"").contains("\"credentialSubject\"");
            assertThat(com.nimbusds.jose.util.JSONObjectUtils.parse(json.body()))
                    .as("the credential, not the JWT claims")
                    .doesNotContainKeys("iss", "sub", "jti", "nbf");
            assertThat(json.headers().firstValue("Content-Disposition").orElse(""))
                    .contains("attachment")
                    .contains("atelier-credential-" + id + ".json");
            assertThat(get("/issuers/console%3Alocal", "*/*").body())
                    .contains("\"type\":[\"Profile\"]")
                    .contains("\"name\":\"Local guild\"")
                    .contains("https://atelier.example.org/issuers/console%3Alocal")
                    .contains("\"jku\":\"https://atelier.example.org/.well-known/jwks.json\"");
            assertThat(get("/issuers/discord%3A999", "*/*").statusCode()).isEqualTo(404);
            assertThat(get("/credentials/" + id + "/verify", "*/*").body())
                    .contains("\"valid\":true")
                    .contains("\"status\":\"valid\"")
                    .contains("\"revokedCredential\":[]");

            Map<String, Object> status = jwt.getJWTClaimsSet().getJSONObjectClaim("credentialStatus");
            String list = ((String) status.get("statusListCredential")).replace("https://atelier.example.org", "");
            int index = Integer.parseInt((String) status.get("statusListIndex"));
            assertThat(bit(get(list, "application/vc+jwt"), keys, index)).isFalse();

            bot.run(caller("mod", true), "credential revoke " + id + " \"issued by mistake\"");

            assertThat(bit(get(list, "*/*"), keys, index))
                    .as("a standard status check sees it revoked")
                    .isTrue();
            assertThat(get(list + "?format=json", "*/*").body()).contains("\"BitstringStatusListCredential\"");
            assertThat(get("/credentials/status/0000-1", "*/*").statusCode()).isEqualTo(404);
            assertThat(get("/credentials/" + id + "/verify", "*/*").body())
                    .contains("\"valid\":false")
                    .contains("\"status\":\"revoked\"")
                    .contains("issued by mistake")
                    .contains("\"revokedCredential\":[{");
            assertThat(get("/credentials/" + id, "text/html").body()).contains("Revoked on");
            assertThat(get("/credentials/00000000-0000-4000-8000-000000000000/verify", "*/*")
                            .statusCode())
                    .isEqualTo(404);
            assertThat(get("/credentials/nonsense", "text/html").statusCode()).isEqualTo(404);
        }
    }

    @Test
    @SuppressWarnings("try") // the second context is only there to be asked over HTTP, then closed
    void aCredentialIssuedBeforeTheKeyIsRotatedFromTheCommandLineVerifiesAfter() throws Exception {
        String[] settings = {
            "--atelier.store.embedded.path=" + data,
            "--server.port=0",
            "--atelier.discord.token=",
            "--atelier.slack.bot-token=",
            "--atelier.public-url=https://atelier.example.org/"
        };
        String id;
        String oldToken;
        try (ConfigurableApplicationContext context = start(settings)) {
            AtelierBot bot = context.getBean(AtelierBot.class);
            id = CredentialLinks.idIn(completeAnInternship(bot)).orElseThrow();
            oldToken = get("/credentials/" + id, "application/vc+jwt").body();
        }
        String[] rotating = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(settings), java.util.stream.Stream.of("--rotate-credential-key"))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = start(rotating)) {
            JWKSet keys = JWKSet.parse(
                    get("/.well-known/jwks.json", "application/json").body());
            assertThat(keys.getKeys()).hasSize(2);
            SignedJWT old = SignedJWT.parse(oldToken);
            assertThat(old.verify(new ECDSAVerifier(
                            (ECKey) keys.getKeyByKeyId(old.getHeader().getKeyID()))))
                    .isTrue();
            assertThat(get("/credentials/" + id + "/verify", "*/*").body()).contains("\"valid\":true");
            try (Stream<Path> retired = Files.list(data.resolve("keys").resolve("retired"))) {
                assertThat(retired.count()).isEqualTo(1);
            }
        }
    }

    @Test
    void aHolderForgottenWithRevocationLeavesACredentialThatAnswersRevokedWithoutHerToken() throws Exception {
        try (ConfigurableApplicationContext context = start(
                "--atelier.store.embedded.path=" + data,
                "--server.port=0",
                "--atelier.discord.token=",
                "--atelier.slack.bot-token=",
                "--atelier.public-url=https://atelier.example.org/")) {
            AtelierBot bot = context.getBean(AtelierBot.class);
            String id = CredentialLinks.idIn(completeAnInternship(bot)).orElseThrow();
            SignedJWT jwt = SignedJWT.parse(
                    get("/credentials/" + id, "application/vc+jwt").body());
            Map<String, Object> status = jwt.getJWTClaimsSet().getJSONObjectClaim("credentialStatus");
            String list = ((String) status.get("statusListCredential")).replace("https://atelier.example.org", "");
            int index = Integer.parseInt((String) status.get("statusListIndex"));

            assertThat(bot.run(caller("alice", false), "forget me revoke")
                            .reply()
                            .text())
                    .contains("1 credential revoked");

            JWKSet keys = JWKSet.parse(
                    get("/.well-known/jwks.json", "application/json").body());
            assertThat(bit(get(list, "*/*"), keys, index))
                    .as("the status list says revoked")
                    .isTrue();
            assertThat(get("/credentials/" + id + "/verify", "*/*").body())
                    .contains("\"valid\":false")
                    .contains("\"status\":\"revoked\"")
                    .contains("\"revokedCredential\":[{");
            HttpResponse<String> page = get("/credentials/" + id, "text/html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("Revoked on", "asked for their data to be erased")
                    .doesNotContain(jwt.serialize())
                    .doesNotContain("?format=jwt")
                    .doesNotContain("alice");
            assertThat(get("/credentials/" + id, "application/vc+jwt").statusCode())
                    .isEqualTo(410);
            assertThat(get("/credentials/" + id + "?format=json", "*/*").statusCode())
                    .isEqualTo(410);
            assertThat(bot.run(caller("bob", false), "verify " + jwt.serialize())
                            .reply()
                            .text())
                    .as("the token she still holds")
                    .contains("revoked");
        }
    }

    private ConfigurableApplicationContext start(String... args) {
        SpringApplication app = new SpringApplication(AtelierApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        ConfigurableApplicationContext context = app.run(args);
        base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
        return context;
    }

    /** The status bit, read from the signed list independently: signature by kid, multibase 'u', base64url, GZIP. */
    private static boolean bit(HttpResponse<String> list, JWKSet keys, int index) throws Exception {
        assertThat(list.statusCode()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse(list.body());
        assertThat(jwt.verify(new ECDSAVerifier(
                        (ECKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID()))))
                .isTrue();
        String encoded = (String)
                jwt.getJWTClaimsSet().getJSONObjectClaim("credentialSubject").get("encodedList");
        assertThat(encoded).startsWith("u");
        byte[] bits;
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(
                java.util.Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            bits = in.readAllBytes();
        }
        assertThat(bits.length * 8).isGreaterThanOrEqualTo(131_072);
        return (bits[index / 8] & (0x80 >> (index % 8))) != 0;
    }

    private String completeAnInternship(AtelierBot bot) {
        Caller mod = caller("mod", true);
        bot.run(mod, "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\"");
        bot.run(mod, "internship start @alice @bob 1");
        bot.run(caller("bob", false), "milestone add 1 \"Checkout page\"");
        bot.run(caller("alice", false), "submit 1 https://github.com/alice/shop/pull/3");
        bot.run(caller("bob", false), "review 1 approve");
        return bot
                .run(caller("bob", false), "internship complete 1 9 java \"tests\" \"Great <script>alert(1)</script>\"")
                .reply()
                .fields()
                .stream()
                .filter(f -> f.name().equals("Credential"))
                .findFirst()
                .orElseThrow()
                .value()
                .plain();
    }

    private static Caller caller(String who, boolean moderator) {
        return new Caller(LOCAL, new Actor(new Member(who, who), moderator), null);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
