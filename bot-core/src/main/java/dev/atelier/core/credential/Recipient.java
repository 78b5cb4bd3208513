package dev.atelier.core.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who a member is in the credentials of one community: a stable subject id that says nothing about
 * them ({@code urn:uuid:…}, the same in every credential they receive there), and the salt their
 * name is hashed with in the credential's {@code identifier}. A member who chose to show their name
 * ({@code showName}) gets it in clear instead.
 */
public record Recipient(String subjectId, String salt, boolean showName) {

    public Recipient {
        if (subjectId == null || !subjectId.startsWith("urn:uuid:")) {
            throw new IllegalArgumentException("a recipient's subject id is a urn:uuid");
        }
    }

    /** The OB 3.0 {@code IdentityObject} for the member's display name: salted SHA-256 unless shown. */
    public Map<String, Object> identifier(String name) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", "IdentityObject");
        identity.put("identityType", "name");
        identity.put("hashed", !showName);
        if (showName) {
            identity.put("identityHash", name);
        } else {
            identity.put("identityHash", hash(name, salt));
            identity.put("salt", salt);
        }
        return identity;
    }

    /** {@code sha256$<hex>} of the identity followed by the salt, both UTF-8 (OB 3.0 IdentityHash). */
    public static String hash(String identity, String salt) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest((identity + salt).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
