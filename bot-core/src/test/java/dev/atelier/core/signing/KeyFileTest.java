package dev.atelier.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {

    @TempDir
    Path temp;

    @Test
    void theKeyIsCreatedOnceOwnerOnlyAndSurvivesARestart() throws Exception {
        Path keys = temp.resolve("data").resolve("keys");
        JoseCredentialSigner first = JoseCredentialSigner.fromDirectory(keys);
        String token = first.sign(Map.of(
                "iss",
                "https://example.org",
                "jti",
                "https://example.org/credentials/1",
                "nbf",
                1_800_000_000L,
                "name",
                "Test"));

        JoseCredentialSigner restarted = JoseCredentialSigner.fromDirectory(keys);

        assertThat(restarted.keyId()).isEqualTo(first.keyId());
        assertThat(restarted.check(token).valid()).isTrue();
        assertThat(restarted.check(token).claims()).containsEntry("name", "Test");
        assertThat(restarted.publicKeySet()).doesNotContain("\"d\"");
        assertThat(JoseCredentialSigner.ephemeral().check(token).valid())
                .as("another key")
                .isFalse();
        assertThat(restarted.check("garbage").problem()).contains("not a well-formed");
        Path file = keys.resolve(KeyFile.NAME);
        assertThat(Files.readString(file)).contains("\"d\"");
        assumeThat(file.getFileSystem().supportedFileAttributeViews()).contains("posix");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)))
                .isEqualTo("rwx------");
    }

    @Test
    void aRotatedKeyIsRetiredWithItsPublicPartOnlyAndWhatItSignedVerifiesAfterARestart() throws Exception {
        Path keys = temp.resolve("keys");
        String jwks = "https://atelier.example.org/.well-known/jwks.json";
        JoseCredentialSigner first = JoseCredentialSigner.fromDirectory(keys, jwks);
        String before = first.sign(Map.of("iss", "https://atelier.example.org", "nbf", 1_800_000_000L, "name", "A"));
        String oldKid = first.keyId();

        String newKid = first.rotate();
        String after = first.sign(Map.of("iss", "https://atelier.example.org", "nbf", 1_800_000_000L, "name", "B"));
        JoseCredentialSigner restarted = JoseCredentialSigner.fromDirectory(keys, jwks);

        assertThat(newKid).isNotEqualTo(oldKid).startsWith(jwks + "#");
        assertThat(restarted.keyId()).isEqualTo(newKid);
        assertThat(SignedJWT.parse(before).getHeader().getKeyID()).isEqualTo(oldKid);
        assertThat(restarted.check(before).valid()).isTrue();
        assertThat(restarted.check(after).valid()).isTrue();
        JWKSet published = JWKSet.parse(restarted.publicKeySet());
        assertThat(published.getKeys()).extracting(k -> k.getKeyID()).containsExactlyInAnyOrder(oldKid, newKid);
        assertThat(restarted.publicKeySet()).doesNotContain("\"d\"");
        Path retired = keys.resolve(KeyRing.RETIRED).resolve(oldKid.substring(oldKid.indexOf('#') + 1) + ".jwk");
        assertThat(Files.readString(retired)).doesNotContain("\"d\"");
        assertThat(Files.readString(keys.resolve(KeyFile.NAME))).contains("\"d\"");
    }

    @Test
    void tokensSignedBeforeKeysHadAbsoluteIdsStillVerifyAndTheirEmbeddedKeyIsNotWhatCounts() throws Exception {
        KeyRing ring = KeyRing.inMemory();
        JoseCredentialSigner signer =
                new JoseCredentialSigner(ring, "https://atelier.example.org/.well-known/jwks.json");
        com.nimbusds.jose.jwk.ECKey key = ring.current();
        com.nimbusds.jwt.JWTClaimsSet claims =
                new com.nimbusds.jwt.JWTClaimsSet.Builder().claim("name", "Old").build();
        SignedJWT legacy = new SignedJWT(
                new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.ES256)
                        .keyID(key.getKeyID())
                        .jwk(key.toPublicJWK())
                        .build(),
                claims);
        legacy.sign(new com.nimbusds.jose.crypto.ECDSASigner(key));

        assertThat(signer.check(legacy.serialize()).valid())
                .as("a bare thumbprint kid, as issued before")
                .isTrue();

        signer.rotate();

        assertThat(signer.check(legacy.serialize()).valid()).isTrue();
    }
}
