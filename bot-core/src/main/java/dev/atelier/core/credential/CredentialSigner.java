package dev.atelier.core.credential;

import java.util.Map;

/** Port: signs credential claims as a compact JWS (VC-JWT) and checks such tokens against our key. */
public interface CredentialSigner {

    /** The compact serialization {@code header.payload.signature} of the claims, signed. */
    String sign(Map<String, Object> claims);

    /** Whether {@code token} carries a valid signature of our key, and its claims when it does. */
    SignatureCheck check(String token);

    /** The public key set (JWKS JSON) verifiers use, with every key ever used; never a private key. */
    String publicKeySet();

    /** The absolute id ({@code kid}) of the key that signs now. */
    String keyId();

    /** Retires the current key (it stays in the key set, so what it signed still verifies) and signs with a new one. */
    String rotate();

    /** The outcome of checking a token: its claims when the signature holds, otherwise why not. */
    record SignatureCheck(boolean valid, Map<String, Object> claims, String problem) {

        public static SignatureCheck valid(Map<String, Object> claims) {
            return new SignatureCheck(true, Map.copyOf(claims), null);
        }

        public static SignatureCheck invalid(String problem) {
            return new SignatureCheck(false, Map.of(), problem);
        }
    }
}
