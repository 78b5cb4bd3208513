package dev.atelier.core.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.CoreFlowTest;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Revocation as a standard verifier sees it (the credential's bit in its Bitstring Status List,
 * decoded here independently of the code that encodes it) and key rotation (what was signed before
 * still verifies after).
 */
class StatusListAndRotationTest extends CoreFlowTest {

    static final CommunityRef OPERATOR = new CommunityRef(Platform.CONSOLE, "operator", "Operators");

    int next = 1;

    String complete(String intern) {
        int n = next++;
        as("mod", "task add \"Task " + n + "\" \"Do it\" \"400 USD\" 40");
        as("mod", "internship start @" + intern + " @bob " + n);
        as("bob", "milestone add " + n + " \"Part one\"");
        as(intern, "submit " + n + " https://example.org/work/" + n);
        as("bob", "review " + n + " approve");
        Outcome done = as("bob", "internship complete " + n + " 8 \"java\" \"tidy\" \"Good work.\"");
        return CredentialLinks.idIn(done.reply().fields().stream()
                        .filter(f -> f.name().equals("Credential"))
                        .findFirst()
                        .orElseThrow()
                        .value()
                        .plain())
                .orElseThrow();
    }

    Credentials credentials() {
        return atelier.services().credentials();
    }

    Map<String, Object> status(String id) {
        return (Map<String, Object>) credentials().document(id).orElseThrow().get("credentialStatus");
    }

    /** The list the credential points at, fetched by its URL's last segment, signature checked by the kid. */
    Map<String, Object> list(Map<String, Object> status) throws Exception {
        String url = (String) status.get("statusListCredential");
        String token = credentials()
                .statusLists()
                .token(url.substring(url.lastIndexOf('/') + 1))
                .orElseThrow();
        SignedJWT jwt = SignedJWT.parse(token);
        JWK key = JWKSet.parse(credentials().publicKeySet())
                .getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new ECDSAVerifier(key.toECKey()))).isTrue();
        return jwt.getJWTClaimsSet().toJSONObject();
    }

    /** Bitstring Status List expansion, written from the specification: multibase 'u', base64url, GZIP. */
    static byte[] expand(String encodedList) throws Exception {
        assertThat(encodedList).startsWith("u");
        byte[] compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }

    static boolean bit(byte[] bits, int index) {
        return (bits[index / 8] & (1 << (7 - index % 8))) != 0;
    }

    @Test
    void revokingSetsExactlyTheCredentialsBitInItsSignedStatusList() throws Exception {
        String kept = complete("alice");
        String revoked = complete("carol");
        Map<String, Object> status = status(revoked);
        assertThat(status)
                .containsEntry("type", "BitstringStatusListEntry")
                .containsEntry("statusPurpose", "revocation");
        int index = Integer.parseInt((String) status.get("statusListIndex"));
        int keptIndex = Integer.parseInt((String) status(kept).get("statusListIndex"));
        assertThat(status(kept).get("statusListCredential")).isEqualTo(status.get("statusListCredential"));
        assertThat(keptIndex).isNotEqualTo(index);

        Map<String, Object> before = list(status);
        assertThat(before.get("type")).isEqualTo(List.of("VerifiableCredential", "BitstringStatusListCredential"));
        assertThat(before.get("issuer"))
                .as("the same issuer as the credential")
                .isEqualTo(((Map<?, ?>)
                                credentials().document(revoked).orElseThrow().get("issuer"))
                        .get("id"));
        byte[] bitsBefore = expand((String) ((Map<?, ?>) before.get("credentialSubject")).get("encodedList"));
        assertThat(bitsBefore.length * 8).isGreaterThanOrEqualTo(131_072);
        assertThat(bit(bitsBefore, index)).isFalse();

        as("mod", "credential revoke " + revoked + " \"copied work\"");

        Map<String, Object> after = list(status);
        byte[] bits = expand((String) ((Map<?, ?>) after.get("credentialSubject")).get("encodedList"));
        assertThat(bit(bits, index)).isTrue();
        assertThat(bit(bits, keptIndex)).isFalse();
        int set = 0;
        for (byte b : bits) {
            set += Integer.bitCount(b & 0xff);
        }
        assertThat(set).as("only the revoked credential's bit").isEqualTo(1);
        assertThat(Conformance.expandSafely(JSONObjectUtils.toJSONString(after)))
                .hasSize(1);
        assertThat(Conformance.expandSafely(JSONObjectUtils.toJSONString(credentials()
                        .statusLists()
                        .document((String) ((String) status.get("statusListCredential"))
                                .substring(((String) status.get("statusListCredential")).lastIndexOf('/') + 1))
                        .orElseThrow())))
                .hasSize(1);
    }

    @Test
    void credentialsSignedBeforeAKeyRotationVerifyAfterIt() throws Exception {
        String before = complete("alice");
        SignedJWT old = SignedJWT.parse(credentials().find(before).orElseThrow().token());

        assertThat(as("mod", "credential rotate-key").reply().text())
                .as("not the operator's community")
                .contains("Only moderators of the community that operates");
        assertThat(in(OPERATOR, "alice", "credential rotate-key").reply().text())
                .contains("Only moderators");
        assertThat(in(OPERATOR, "mod", "credential rotate-key").reply().text()).contains("New signing key");

        String after = complete("carol");
        SignedJWT fresh =
                SignedJWT.parse(credentials().find(after).orElseThrow().token());
        assertThat(fresh.getHeader().getKeyID()).isNotEqualTo(old.getHeader().getKeyID());
        JWKSet published = JWKSet.parse(credentials().publicKeySet());
        assertThat(published.getKeys()).hasSize(2).noneMatch(JWK::isPrivate);
        assertThat(old.verify(new ECDSAVerifier(
                        published.getKeyByKeyId(old.getHeader().getKeyID()).toECKey())))
                .isTrue();
        assertThat(fresh.verify(new ECDSAVerifier(
                        published.getKeyByKeyId(fresh.getHeader().getKeyID()).toECKey())))
                .isTrue();
        assertThat(credentials().verify(before).status()).isEqualTo(Verification.Status.VALID);
        assertThat(credentials().verify(old.serialize()).status()).isEqualTo(Verification.Status.VALID);
        assertThat(credentials().verify(after).status()).isEqualTo(Verification.Status.VALID);
    }
}
