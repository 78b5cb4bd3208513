package dev.atelier.core.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.CoreFlowTest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A freshly issued credential checked as a third party would, with independent libraries: the
 * official OB 3.0 JSON Schema, Nimbus for the JOSE header and the JWT claims, Titanium JSON-LD in
 * safe mode with the published contexts, and a forged token carrying its own key.
 */
class OpenBadgeConformanceTest extends CoreFlowTest {

    static final String SCHEMA = "ob_v3p0_achievementcredential_schema.json";

    String credentialId;

    @BeforeEach
    void givenACompletedInternship() {
        credentialId = complete("Shop checkout", "alice", "bob");
    }

    /** Task, internship and milestone numbers all advance by one per completed internship here. */
    int next = 1;

    String complete(String task, String intern, String mentor) {
        int n = next++;
        as("mod", "task add \"" + task + "\" \"Add it\" \"400 USD\" 40");
        as("mod", "internship start @" + intern + " @" + mentor + " " + n);
        as(mentor, "milestone add " + n + " \"First part\"");
        as(intern, "submit " + n + " https://github.com/" + intern + "/shop/pull/3");
        as(mentor, "review " + n + " approve");
        Outcome done =
                as(mentor, "internship complete " + n + " 9 \"java, testing\" \"careful tests\" \"Shipped it.\"");
        String link = done.reply().fields().stream()
                .filter(f -> f.name().equals("Credential"))
                .findFirst()
                .orElseThrow()
                .value()
                .plain();
        return CredentialLinks.idIn(link).orElseThrow();
    }

    SignedJWT token(String id) throws Exception {
        return SignedJWT.parse(
                atelier.services().credentials().find(id).orElseThrow().token());
    }

    String jsonView(String id) {
        return JSONObjectUtils.toJSONString(
                atelier.services().credentials().document(id).orElseThrow());
    }

    @Test
    void theCredentialAndItsSignedPayloadAreValidByTheOfficialSchema() throws Exception {
        assertThat(Conformance.schemaErrors(SCHEMA, jsonView(credentialId))).isEmpty();
        assertThat(Conformance.schemaErrors(
                        SCHEMA, token(credentialId).getPayload().toString()))
                .isEmpty();

        Map<String, Object> broken = new LinkedHashMap<>(
                atelier.services().credentials().document(credentialId).orElseThrow());
        Map<String, Object> subject = new LinkedHashMap<>((Map<String, Object>) broken.get("credentialSubject"));
        Map<String, Object> achievement = new LinkedHashMap<>((Map<String, Object>) subject.get("achievement"));
        achievement.put("achievementType", "Apprenticeship");
        subject.put("achievement", achievement);
        broken.put("credentialSubject", subject);
        assertThat(Conformance.schemaErrors(SCHEMA, JSONObjectUtils.toJSONString(broken)))
                .as("the schema does check: the old achievement type is refused")
                .isNotEmpty();
    }

    @Test
    void theIssuerProfileIsValidByTheOfficialSchemaExpandsSafelyAndPointsAtItsKeys() throws Exception {
        Map<String, Object> profile =
                atelier.services().credentials().issuer(SHOP.id()).orElseThrow();
        String json = JSONObjectUtils.toJSONString(profile);

        assertThat(Conformance.schemaErrors("ob_v3p0_profile_schema.json", json))
                .isEmpty();
        assertThat(Conformance.expandSafely(json)).hasSize(1);
        assertThat(profile)
                .containsEntry("jku", "http://localhost:8080/.well-known/jwks.json")
                .containsEntry(
                        "id",
                        ((Map<?, ?>) atelier.services()
                                        .credentials()
                                        .document(credentialId)
                                        .orElseThrow()
                                        .get("issuer"))
                                .get("id"));
    }

    @Test
    void theHeaderNamesAnAbsoluteKeyThatThePublishedSetResolvesAndEmbedsNoKey() throws Exception {
        SignedJWT jwt = token(credentialId);
        JWSHeader header = jwt.getHeader();

        assertThat(header.getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(header.getJWK()).as("no key in the header").isNull();
        assertThat(header.getKeyID()).startsWith("http://localhost:8080/.well-known/jwks.json#");
        JWKSet published = JWKSet.parse(atelier.services().credentials().publicKeySet());
        JWK key = published.getKeyByKeyId(header.getKeyID());
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(key.computeThumbprint().toString())
                .isEqualTo(header.getKeyID().substring(header.getKeyID().indexOf('#') + 1));
        assertThat(jwt.verify(new ECDSAVerifier(key.toECKey()))).isTrue();
    }

    @Test
    void theClaimsFollowTheVcJwtRulesAndNameAStableNonIdentifyingSubject() throws Exception {
        JWTClaimsSet claims = token(credentialId).getJWTClaimsSet();
        Map<String, Object> credential =
                atelier.services().credentials().document(credentialId).orElseThrow();
        Map<?, ?> subject = (Map<?, ?>) credential.get("credentialSubject");

        assertThat(claims.getIssuer()).isEqualTo(((Map<?, ?>) credential.get("issuer")).get("id"));
        assertThat(claims.getSubject()).isEqualTo(subject.get("id")).matches("urn:uuid:[0-9a-f-]{36}");
        assertThat(claims.getJWTID())
                .isEqualTo(credential.get("id"))
                .isEqualTo("http://localhost:8080/credentials/" + credentialId);
        String validFrom = (String) credential.get("validFrom");
        assertThat(validFrom).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(Instant.parse(validFrom));
        assertThat(claims.getExpirationTime()).as("no validUntil, so no exp").isNull();
        assertThat(credential).doesNotContainKeys("iss", "sub", "jti", "nbf");

        Map<?, ?> identity = (Map<?, ?>) ((List<?>) subject.get("identifier")).get(0);
        assertThat(identity.get("hashed")).isEqualTo(true);
        assertThat(identity.get("identityType")).isEqualTo("name");
        assertThat(identity.get("identityHash"))
                .isEqualTo(sha256("alice" + identity.get("salt")))
                .isNotEqualTo("alice");

        String second = complete("Shop search", "alice", "carol");
        assertThat(token(second).getJWTClaimsSet().getSubject())
                .as("the same member, the same subject id")
                .isEqualTo(claims.getSubject());
        String other = complete("Shop cart", "dave", "carol");
        assertThat(token(other).getJWTClaimsSet().getSubject()).isNotEqualTo(claims.getSubject());
    }

    @Test
    void theJsonViewAndTheSignedPayloadExpandAndConvertToRdfInSafeMode() throws Exception {
        assertThat(Conformance.expandSafely(jsonView(credentialId))).hasSize(1);
        assertThat(Conformance.expandSafely(token(credentialId).getPayload().toString()))
                .hasSize(1);
        assertThat(Conformance.toRdfSafely(token(credentialId).getPayload().toString())
                        .size())
                .isPositive();

        String undefined = jsonView(credentialId).replaceFirst("\"name\":", "\"nickname\":\"x\",\"name\":");
        assertThatThrownBy(() -> Conformance.expandSafely(undefined))
                .as("safe mode does refuse undefined terms")
                .isInstanceOf(JsonLdError.class);
    }

    @Test
    void aForgedTokenThatCarriesItsOwnKeyIsRejected() throws Exception {
        SignedJWT genuine = token(credentialId);
        ECKey attacker =
                new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
        Map<String, Object> forgedClaims =
                new LinkedHashMap<>(genuine.getJWTClaimsSet().toJSONObject());
        forgedClaims.put("name", "Micro-internship: Senior architect");
        for (String kid : List.of(genuine.getHeader().getKeyID(), attacker.getKeyID())) {
            SignedJWT forged = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.ES256)
                            .type(JOSEObjectType.JWT)
                            .keyID(kid)
                            .jwk(attacker.toPublicJWK())
                            .build(),
                    JWTClaimsSet.parse(forgedClaims));
            forged.sign(new ECDSASigner(attacker));
            String token = forged.serialize();

            assertThat(forged.verify(
                            new ECDSAVerifier(forged.getHeader().getJWK().toECKey())))
                    .as("a naive verifier trusting the embedded key would accept it")
                    .isTrue();
            assertThat(atelier.services().credentials().verify(token).status()).isEqualTo(Verification.Status.TAMPERED);
            assertThat(as("stranger", "verify " + token).reply().text()).contains("❌ *Not genuine");
            JWK published = JWKSet.parse(atelier.services().credentials().publicKeySet())
                    .getKeyByKeyId(kid);
            assertThat(published == null || !forged.verify(new ECDSAVerifier(published.toECKey())))
                    .isTrue();
        }
    }

    static String sha256(String text) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "sha256$" + java.util.HexFormat.of().formatHex(digest);
    }
}
