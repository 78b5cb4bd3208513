package dev.atelier.core.credential;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Public addresses of credentials, built on the configured public URL ({@code atelier.public-url}). */
public record CredentialLinks(String base) {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern IN_URL =
            Pattern.compile(".*/credentials/(" + ID.pattern() + ")(?:/verify)?/?(?:[?#].*)?");

    public CredentialLinks {
        URI uri = URI.create(base);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("atelier.public-url must be an absolute URL: " + base);
        }
        base = base.replaceAll("/+$", "");
    }

    public String credential(String id) {
        return base + "/credentials/" + id;
    }

    public String verify(String id) {
        return credential(id) + "/verify";
    }

    /** The public key set every credential's {@code kid} points into. */
    public String jwks() {
        return base + "/.well-known/jwks.json";
    }

    /** The absolute key id of a key: the key set's URL with the key's thumbprint as fragment. */
    public String keyId(String thumbprint) {
        return jwks() + "#" + thumbprint;
    }

    /** A Bitstring Status List credential. */
    public String statusList(String listId) {
        return base + "/credentials/status/" + listId;
    }

    public String issuer(String communityId) {
        return base + "/issuers/" + URLEncoder.encode(communityId, StandardCharsets.UTF_8);
    }

    /** The credential id in a bare id or in a credential link (ours or another host's); empty otherwise. */
    public static Optional<String> idIn(String text) {
        String t = text == null ? "" : text.strip().replaceAll("^<|>$", "").toLowerCase(Locale.ROOT);
        if (ID.matcher(t).matches()) {
            return Optional.of(t);
        }
        Matcher m = IN_URL.matcher(t);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
