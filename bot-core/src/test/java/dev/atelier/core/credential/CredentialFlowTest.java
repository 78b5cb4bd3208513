package dev.atelier.core.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.CoreFlowTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The credential of a completed internship: issued, verified by Nimbus itself, tampered with, revoked. */
class CredentialFlowTest extends CoreFlowTest {

    String credentialId;

    @BeforeEach
    void givenACompletedInternship() {
        as("mod", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40");
        as("mod", "internship start @alice @bob 1");
        as("bob", "milestone add 1 \"Checkout page\"");
        as("alice", "submit 1 https://github.com/alice/shop/pull/3");
        as("bob", "review 1 approve");
        as("alice", "log 6 \"checkout form\"");
        Outcome done = as("bob", "internship complete 1 9 \"java, testing\" \"careful tests\" \"Alice shipped it.\"");
        assertThat(done.reply().text()).contains("Internship #1 is complete");
        String link = done.reply().fields().stream()
                .filter(f -> f.name().equals("Credential"))
                .findFirst()
                .orElseThrow()
                .value()
                .plain();
        credentialId = CredentialLinks.idIn(link).orElseThrow();
    }

    String token() {
        return atelier.services().credentials().find(credentialId).orElseThrow().token();
    }

    @Test
    void theCredentialIsAnOpenBadgeThatNimbusVerifiesWithThePublishedKey() throws Exception {
        SignedJWT jwt = SignedJWT.parse(token());
        ECKey published = (ECKey) JWKSet.parse(atelier.services().credentials().publicKeySet())
                .getKeys()
                .get(0);
        assertThat(published.isPrivate()).isFalse();

        assertThat(jwt.verify(new ECDSAVerifier(published))).isTrue();

        Map<String, Object> claims = jwt.getJWTClaimsSet().toJSONObject();
        assertThat(claims.get("type")).isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
        assertThat(claims.get("jti")).isEqualTo("http://localhost:8080/credentials/" + credentialId);
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(((Map<?, ?>) claims.get("issuer")).get("id"));
        assertThat(((Map<?, ?>) claims.get("issuer")).get("name")).isEqualTo("Shop guild");
        String json = jwt.getPayload().toString();
        assertThat(json)
                .contains(
                        "\"name\":\"Shop checkout\"",
                        "\"tag\":[\"java\",\"testing\"]",
                        "M1 Checkout page",
                        "6 h logged by the intern",
                        "Alice shipped it.",
                        "https://github.com/alice/shop/pull/3");
        assertThat(as("stranger", "verify " + credentialId).reply().text()).contains("✅ *Valid credential.*");
        assertThat(in(OTHER, "stranger", "verify http://localhost:8080/credentials/" + credentialId)
                        .reply()
                        .text())
                .as("credentials are public: anyone anywhere can check one")
                .contains("Valid credential");
    }

    @Test
    void changingOneByteBreaksTheSignature() throws Exception {
        String token = token();
        String[] parts = token.split("\\.", -1);
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        String text = new String(payload, StandardCharsets.UTF_8);
        int at = text.indexOf("Shop checkout");
        payload[at] = (byte) 'Z';
        String tampered =
                parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "." + parts[2];
        ECKey published = (ECKey) JWKSet.parse(atelier.services().credentials().publicKeySet())
                .getKeys()
                .get(0);

        assertThat(SignedJWT.parse(tampered).verify(new ECDSAVerifier(published)))
                .isFalse();
        assertThat(as("stranger", "verify " + tampered).reply().text())
                .contains("❌ *Not genuine")
                .contains("changed after it was issued");
        assertThat(as("stranger", "verify " + token).reply().text()).contains("Valid credential");
    }

    @Test
    void unknownIdsAndRevokedCredentialsAreToldApart() {
        assertThat(as("stranger", "verify 00000000-0000-4000-8000-000000000000")
                        .reply()
                        .text())
                .contains("❓ *Unknown credential.*");
        assertThat(as("stranger", "verify not-a-credential").reply().text()).contains("⚠️ Give a credential id");
        assertThat(as("bob", "credential revoke " + credentialId + " oops")
                        .reply()
                        .text())
                .contains("Only moderators");
        assertThat(in(OTHER, "mod", "credential revoke " + credentialId + " oops")
                        .reply()
                        .text())
                .contains("was issued in this community");

        assertThat(as("mod", "credential revoke " + credentialId + " \"plagiarised work\"")
                        .reply()
                        .text())
                .contains("is revoked");

        assertThat(atelier.services().credentials().verify(credentialId).status())
                .isEqualTo(Verification.Status.REVOKED);
        assertThat(as("stranger", "verify " + token()).reply().text())
                .contains("⛔")
                .contains("plagiarised work");
        assertThat(as("mod", "credential revoke " + credentialId + " again")
                        .reply()
                        .text())
                .contains("already revoked");
        assertThat(as("alice", "portfolio").reply().text()).contains("no completed micro-internship");
        assertThat(platform.sent())
                .anySatisfy(n -> assertThat(n.message().text()).contains("was revoked"));
    }

    @Test
    void thePortfolioListsItWithScoreAndLinkInTextMarkdownAndJson() {
        assertThat(as("bob", "portfolio @alice").reply().text())
                .contains("🏅 *Shop checkout* — 9/10 · java, testing")
                .contains("/credentials/" + credentialId);
        assertThat(as("alice", "portfolio format:markdown").reply().text())
                .contains("```\n# Micro-internships")
                .contains("- Mentor's score: 9/10");
        assertThat(as("alice", "portfolio alice json").reply().text())
                .contains(
                        "\"score\": 9",
                        "\"hours\": 6",
                        "\"credential\": \"http://localhost:8080/credentials/" + credentialId + "\"");
        assertThat(as("bob", "portfolio").reply().text()).contains("no completed micro-internship");
        assertThat(as("alice", "status").reply().text())
                .contains("🏅 *Portfolio:* 1 completed micro-internship, " + "average score 9.0/10");
    }

    @Test
    void theInternShowsTheScoreOnThePageFromTheButtonOfTheCredentialMessage() {
        assertThat(atelier.services().credentials().shownScore(credentialId))
                .as("hidden until chosen")
                .isEmpty();
        var dm = platform.sent().stream()
                .filter(n -> n.message().text().contains("Your credential"))
                .findFirst()
                .orElseThrow()
                .message();
        var button = dm.buttons().stream()
                .filter(b -> b.label().equals("Show my score on the page"))
                .findFirst()
                .orElseThrow();

        assertThat(atelier.bot().press(caller("bob"), button.actionId()).reply().text())
                .contains("Only the intern");
        assertThat(atelier.bot()
                        .press(caller("alice"), button.actionId())
                        .reply()
                        .text())
                .contains("now shows");

        assertThat(atelier.services().credentials().shownScore(credentialId)).contains(9);
        assertThat(as("alice", "credential score " + credentialId + " hide")
                        .reply()
                        .text())
                .contains("no longer");
        assertThat(atelier.services().credentials().shownScore(credentialId)).isEmpty();
        assertThat(as("alice", "credential score " + credentialId + " maybe")
                        .reply()
                        .text())
                .contains("show");
        assertThat(in(OTHER, "alice", "credential score " + credentialId + " show")
                        .reply()
                        .text())
                .contains("was issued in this community");
    }
}
