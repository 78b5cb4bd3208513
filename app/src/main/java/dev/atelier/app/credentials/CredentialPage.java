package dev.atelier.app.credentials;

import dev.atelier.core.credential.Verification;
import dev.atelier.core.internship.IssuedCredential;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/** The human-readable page of a credential; every value is HTML-escaped, since people typed it. */
final class CredentialPage {

    private CredentialPage() {
    }

    static String render(Verification v, IssuedCredential stored, String verifyUrl) {
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"status ").append(v.status().word()).append("\">").append(v.status().icon()).append(' ')
                .append(esc(switch (v.status()) {
                    case VALID -> "Verified: signed by this Atelier and not revoked.";
                    case REVOKED -> "Revoked on " + stored.revokedAt().toString().substring(0, 10) + ": "
                            + stored.revokedReason();
                    default -> "This credential does not verify: " + v.detail();
                })).append("</p>");
        if (!v.claims().isEmpty()) {
            body.append("<h1>").append(esc(v.claim("credentialSubject", "achievement", "name"))).append("</h1>")
                    .append("<p>A mentored micro-internship completed by <strong>")
                    .append(esc(intern(v.claims()))).append("</strong>, issued by <strong>")
                    .append(esc(v.claim("issuer", "name"))).append("</strong> on ")
                    .append(esc(v.claim("validFrom").substring(0, Math.min(10, v.claim("validFrom").length()))))
                    .append(".</p>")
                    .append("<h2>Skills</h2><p>").append(esc(String.join(", ", strings(v.claims(), "tag"))))
                    .append("</p>");
            Object evidence = v.claims().get("evidence");
            if (evidence instanceof List<?> items) {
                body.append("<h2>Evidence</h2><ul>");
                for (Object item : items) {
                    if (item instanceof Map<?, ?> e) {
                        body.append("<li><strong>").append(esc(String.valueOf(e.get("name")))).append("</strong>");
                        for (String key : List.of("narrative", "description")) {
                            if (e.get(key) != null) {
                                body.append(" — ").append(esc(String.valueOf(e.get(key))));
                            }
                        }
                        body.append("</li>");
                    }
                }
                body.append("</ul>");
            }
        }
        body.append("<p>Check it yourself: <a href=\"").append(esc(verifyUrl)).append("\">").append(esc(verifyUrl))
                .append("</a>, or verify the token below with the key at <code>/.well-known/jwks.json</code>.</p>")
                .append("<details><summary>Signed credential (VC-JWT)</summary><pre>").append(esc(stored.token()))
                .append("</pre></details>");
        return page("Credential", body.toString());
    }

    static String notFound() {
        return page("Unknown credential", "<h1>Unknown credential</h1><p>No credential with this id was issued here."
                + "</p>");
    }

    private static String intern(Map<String, Object> claims) {
        Object subject = claims.get("credentialSubject");
        if (subject instanceof Map<?, ?> s && s.get("identifier") instanceof List<?> ids && !ids.isEmpty()
                && ids.get(0) instanceof Map<?, ?> id) {
            return String.valueOf(id.get("identityHash"));
        }
        return "the intern";
    }

    private static List<String> strings(Map<String, Object> claims, String key) {
        Object subject = claims.get("credentialSubject");
        if (subject instanceof Map<?, ?> s && s.get("achievement") instanceof Map<?, ?> a
                && a.get(key) instanceof List<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + " · Atelier</title><style>"
                + "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
                + ".status{padding:.6rem 1rem;border-radius:.4rem;background:#eef}.valid{background:#e6f6ea}"
                + ".revoked,.tampered{background:#fde8e8}pre{white-space:pre-wrap;word-break:break-all}</style></head>"
                + "<body>" + body + "</body></html>";
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
