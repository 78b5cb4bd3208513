package dev.atelier.app.credentials;

import dev.atelier.core.credential.CredentialLinks;
import dev.atelier.core.credential.Verification;
import dev.atelier.core.internship.IssuedCredential;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the credential page shows, read from the signed credential: its status, the achievement,
 * the evidence (milestones with their links, hours, the mentor's endorsement), the mentor's score
 * when the intern chose to show it, and the links to share, check and download it.
 */
record CredentialView(
        String statusWord,
        String statusIcon,
        String statusText,
        String title,
        String holder,
        String issuer,
        String issuedOn,
        List<String> skills,
        List<Milestone> milestones,
        String hours,
        Endorsement endorsement,
        Integer score,
        String linkedInUrl,
        String credentialUrl,
        String verifyUrl,
        String jwksUrl,
        String jsonDownload,
        String jwtDownload,
        String token) {

    record Milestone(String name, String description, String link) {}

    record Endorsement(String text, String strengths, String by) {}

    static CredentialView of(
            Verification v,
            IssuedCredential stored,
            Map<String, Object> credential,
            Integer score,
            CredentialLinks links) {
        String id = stored.id();
        String statusText = switch (v.status()) {
            case VALID -> "Verified: signed by this Atelier and not revoked.";
            case REVOKED ->
                "Revoked on " + stored.revokedAt().toString().substring(0, 10) + ": " + stored.revokedReason();
            default -> "This credential does not verify: " + v.detail();
        };
        String base = links.credential(id);
        if (credential.isEmpty()) {
            return new CredentialView(
                    v.status().word(),
                    v.status().icon(),
                    statusText,
                    "Credential",
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    base,
                    links.verify(id),
                    links.jwks(),
                    base + "?format=json&download",
                    base + "?format=jwt&download",
                    stored.token());
        }
        Map<?, ?> subject = map(credential.get("credentialSubject"));
        Map<?, ?> achievement = map(subject.get("achievement"));
        String title = text(achievement.get("name"));
        String issuer = text(map(credential.get("issuer")).get("name"));
        Instant issued = Instant.parse(text(credential.get("validFrom")));
        List<Milestone> milestones = new ArrayList<>();
        String hours = null;
        Endorsement endorsement = null;
        for (Object item : list(credential.get("evidence"))) {
            Map<?, ?> e = map(item);
            if ("Endorsement".equals(e.get("genre"))) {
                String strengths = text(e.get("description")).replaceFirst("^Strengths: ", "");
                endorsement = new Endorsement(
                        text(e.get("narrative")),
                        strengths.isBlank() ? null : strengths,
                        text(e.get("audience")).replaceFirst("^Mentor: ", ""));
            } else if ("Hours".equals(e.get("name")) && e.get("narrative") != null) {
                hours = text(e.get("narrative"));
            } else {
                milestones.add(new Milestone(
                        text(e.get("name")),
                        text(e.get("description")),
                        e.get("id") == null ? null : text(e.get("id"))));
            }
        }
        return new CredentialView(
                v.status().word(),
                v.status().icon(),
                statusText,
                title,
                holder(subject),
                issuer,
                issued.toString().substring(0, 10),
                list(achievement.get("tag")).stream().map(String::valueOf).toList(),
                milestones,
                hours,
                endorsement,
                score,
                linkedIn(title, issuer, issued, base, id),
                base,
                links.verify(id),
                links.jwks(),
                base + "?format=json&download",
                base + "?format=jwt&download",
                stored.token());
    }

    /** LinkedIn's "add a certification" link, filled in. */
    static String linkedIn(String name, String organization, Instant issued, String url, String id) {
        ZonedDateTime at = issued.atZone(ZoneOffset.UTC);
        return "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=" + enc(name)
                + "&organizationName=" + enc(organization) + "&issueYear=" + at.getYear()
                + "&issueMonth=" + at.getMonthValue() + "&certUrl=" + enc(url) + "&certId=" + enc(id);
    }

    /** The holder's name when they chose to show it in clear; null when the credential carries only its hash. */
    private static String holder(Map<?, ?> subject) {
        for (Object item : list(subject.get("identifier"))) {
            Map<?, ?> identity = map(item);
            if (Boolean.FALSE.equals(identity.get("hashed")) && "name".equals(identity.get("identityType"))) {
                return text(identity.get("identityHash"));
            }
        }
        return null;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> m ? m : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
