package dev.atelier.core.rights;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * What a forgotten member becomes where others still need the record: a random id (not derived from
 * theirs, so it cannot be traced back) and the name "former member".
 */
public record Pseudonym(String id, String name) {

    public static final String NAME = "former member";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static Pseudonym fresh() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return new Pseudonym("former-" + HexFormat.of().formatHex(bytes), NAME);
    }
}
