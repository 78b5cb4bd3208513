package dev.atelier.core.store;

/**
 * What a {@link dev.atelier.core.clock.duework.Claimed} token carries for {@link MongoDueWork}: the claim on the
 * bucket's head (instance and a fresh id), the bucket and the segment that holds the item.
 */
final class ClaimToken {

    private static final String SEPARATOR = "|";

    private ClaimToken() {}

    static String of(String claim, String bucket, String segment) {
        return claim + SEPARATOR + bucket + SEPARATOR + segment;
    }

    static String claim(String token) {
        return part(token, 0);
    }

    static String bucket(String token) {
        return part(token, 1);
    }

    static String segment(String token) {
        return part(token, 2);
    }

    private static String part(String token, int index) {
        String[] parts = token.split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a due-work claim token");
        }
        return parts[index];
    }
}
