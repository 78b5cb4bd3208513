package dev.atelier.core.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.atelier.core.credential.CredentialSigner;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signs credential claims as ES256 VC-JWTs and checks tokens against every key of the ring. The
 * header names the key by an absolute URL, {@code <public-url>/.well-known/jwks.json#<thumbprint>},
 * which is also the key's {@code kid} in the published key set; it carries no key of its own, and a
 * key embedded in a token's header is never trusted.
 */
public final class JoseCredentialSigner implements CredentialSigner {

    private static final String LOCAL_JWKS = "http://localhost:8080/.well-known/jwks.json";

    private final KeyRing ring;
    private final String jwksUrl;

    JoseCredentialSigner(KeyRing ring, String jwksUrl) {
        this.ring = ring;
        this.jwksUrl = jwksUrl;
    }

    /** The keys in {@code directory} (created there on first use), published at {@code jwksUrl}. */
    public static JoseCredentialSigner fromDirectory(Path directory, String jwksUrl) {
        return new JoseCredentialSigner(KeyRing.loadOrCreate(directory), jwksUrl);
    }

    public static JoseCredentialSigner fromDirectory(Path directory) {
        return fromDirectory(directory, LOCAL_JWKS);
    }

    /** Keys that live only as long as this process: for tests and throw-away demos. */
    public static JoseCredentialSigner ephemeral(String jwksUrl) {
        return new JoseCredentialSigner(KeyRing.inMemory(), jwksUrl);
    }

    public static JoseCredentialSigner ephemeral() {
        return ephemeral(LOCAL_JWKS);
    }

    @Override
    public String sign(Map<String, Object> claims) {
        ECKey key = ring.current();
        try {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                    .type(JOSEObjectType.JWT)
                    .keyID(absolute(key.getKeyID()))
                    .build();
            SignedJWT jwt = new SignedJWT(header, JWTClaimsSet.parse(claims));
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException("signing a credential failed", e);
        }
    }

    @Override
    public SignatureCheck check(String token) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token.strip());
        } catch (ParseException | RuntimeException e) {
            return SignatureCheck.invalid("This is not a well-formed credential token.");
        }
        Optional<ECKey> key = Optional.ofNullable(jwt.getHeader().getKeyID())
                .map(JoseCredentialSigner::thumbprintOf)
                .flatMap(ring::publicKey);
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm()) || key.isEmpty()) {
            return SignatureCheck.invalid("The token is not signed with this Atelier's key.");
        }
        try {
            if (!jwt.verify(new ECDSAVerifier(key.get()))) {
                return SignatureCheck.invalid(
                        "The signature does not match the content: it was changed after it " + "was issued.");
            }
            return SignatureCheck.valid(jwt.getJWTClaimsSet().toJSONObject());
        } catch (JOSEException | ParseException | RuntimeException e) {
            return SignatureCheck.invalid("The signature cannot be checked: the token is damaged.");
        }
    }

    @Override
    public String publicKeySet() {
        List<JWK> keys = ring.publicKeys().stream()
                .<JWK>map(
                        k -> new ECKey.Builder(k).keyID(absolute(k.getKeyID())).build())
                .toList();
        return new JWKSet(keys).toString(true);
    }

    @Override
    public String keyId() {
        return absolute(ring.current().getKeyID());
    }

    @Override
    public String rotate() {
        return absolute(ring.rotate().getKeyID());
    }

    private String absolute(String thumbprint) {
        return jwksUrl + "#" + thumbprint;
    }

    /** The thumbprint a key id names: the fragment of an absolute key id, or a bare thumbprint (older tokens). */
    private static String thumbprintOf(String kid) {
        int hash = kid.lastIndexOf('#');
        return hash < 0 ? kid : kid.substring(hash + 1);
    }
}
