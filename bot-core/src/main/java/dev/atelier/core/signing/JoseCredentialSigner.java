package dev.atelier.core.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.atelier.core.credential.CredentialSigner;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Date;
import java.util.Map;

/** Signs credential claims as ES256 VC-JWTs and checks tokens against the same key. */
public final class JoseCredentialSigner implements CredentialSigner {

    private final ECKey key;
    private final ECDSASigner signer;
    private final ECDSAVerifier verifier;

    JoseCredentialSigner(ECKey key) {
        try {
            this.key = key;
            this.signer = new ECDSASigner(key);
            this.verifier = new ECDSAVerifier(key.toPublicJWK());
        } catch (JOSEException e) {
            throw new IllegalStateException("the credential signing key cannot be used", e);
        }
    }

    /** The key in {@code directory}, created there on first use. */
    public static JoseCredentialSigner fromDirectory(Path directory) {
        return new JoseCredentialSigner(KeyFile.loadOrCreate(directory));
    }

    /** A key that lives only as long as this process: for tests and throw-away demos. */
    public static JoseCredentialSigner ephemeral() {
        return new JoseCredentialSigner(KeyFile.generate());
    }

    @Override
    public String sign(Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        claims.forEach((name, value) -> {
            switch (name) {
                case "iss" -> builder.issuer((String) value);
                case "jti" -> builder.jwtID((String) value);
                case "nbf" -> builder.notBeforeTime(new Date(((Number) value).longValue() * 1000));
                default -> builder.claim(name, value);
            }
        });
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).keyID(key.getKeyID())
                .jwk(key.toPublicJWK()).build();
        SignedJWT jwt = new SignedJWT(header, builder.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing a credential failed", e);
        }
        return jwt.serialize();
    }

    @Override
    public SignatureCheck check(String token) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token.strip());
        } catch (ParseException | RuntimeException e) {
            return SignatureCheck.invalid("This is not a well-formed credential token.");
        }
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())
                || !key.getKeyID().equals(jwt.getHeader().getKeyID())) {
            return SignatureCheck.invalid("The token is not signed with this Atelier's key.");
        }
        try {
            if (!jwt.verify(verifier)) {
                return SignatureCheck.invalid("The signature does not match the content: it was changed after it "
                        + "was issued.");
            }
            return SignatureCheck.valid(jwt.getJWTClaimsSet().toJSONObject());
        } catch (JOSEException | ParseException | RuntimeException e) {
            return SignatureCheck.invalid("The signature cannot be checked: the token is damaged.");
        }
    }

    @Override
    public String publicKeySet() {
        return new JWKSet(key.toPublicJWK()).toString(true);
    }

    /** The key id (its JWK thumbprint), safe to show. */
    public String keyId() {
        return key.getKeyID();
    }
}
