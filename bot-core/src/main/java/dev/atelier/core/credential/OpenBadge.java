package dev.atelier.core.credential;

import dev.atelier.core.internship.FinalReview;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.Submission;
import dev.atelier.core.pay.Hours;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims of an Open Badges 3.0 {@code OpenBadgeCredential} for a completed micro-internship,
 * in the VC-JWT form (OB 3.0 §8.2): the credential's members at the top level, plus the registered
 * claims {@code iss} (issuer id), {@code jti} (credential id) and {@code nbf} (validFrom, in seconds).
 * The achievement is the task; skills are its tags; milestones, hours and the mentor's endorsement
 * are evidence; the community is the issuer.
 */
public final class OpenBadge {

    static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    private OpenBadge() {
    }

    public static Map<String, Object> claims(CredentialLinks links, String id, String communityName, Internship i,
                                             FinalReview review, Instant at) {
        String credentialUrl = links.credential(id);
        Map<String, Object> issuer = map("id", links.issuer(i.data().communityId()), "type", List.of("Profile"),
                "name", communityName);
        Map<String, Object> achievement = map("id", credentialUrl + "#achievement", "type", List.of("Achievement"),
                "achievementType", "Apprenticeship", "name", i.data().taskTitle(),
                "description", "A paid, mentored micro-internship on a real task: " + i.data().taskTitle() + ".",
                "criteria", map("narrative", "Every milestone approved by the mentor:\n" + milestoneList(i)),
                "tag", review.skills());
        Map<String, Object> subject = map("type", List.of("AchievementSubject"),
                "identifier", List.of(map("type", "IdentityObject", "identityType", "name", "hashed", false,
                        "identityHash", i.data().intern().name())),
                "role", "Intern", "activityStartDate", i.data().createdAt().toString(), "activityEndDate", at.toString(),
                "achievement", achievement);
        Map<String, Object> claims = map("@context", CONTEXT, "id", credentialUrl,
                "type", List.of("VerifiableCredential", "OpenBadgeCredential"), "issuer", issuer,
                "validFrom", at.toString(), "name", "Micro-internship: " + i.data().taskTitle(),
                "credentialSubject", subject, "evidence", evidence(i, review),
                "credentialStatus", map("id", links.verify(id), "type", "1EdTechRevocationList"));
        claims.put("iss", issuer.get("id"));
        claims.put("jti", credentialUrl);
        claims.put("nbf", at.getEpochSecond());
        return claims;
    }

    private static List<Object> evidence(Internship i, FinalReview review) {
        List<Object> evidence = new ArrayList<>();
        for (Milestone m : i.milestones()) {
            Map<String, Object> item = map("type", List.of("Evidence"), "name", m.label(),
                    "description", m.criteria() == null ? "Approved by the mentor." : m.criteria());
            Submission last = m.latestSubmission();
            if (last != null && last.link() != null) {
                item.put("id", last.link().toString());
            }
            evidence.add(item);
        }
        evidence.add(map("type", List.of("Evidence"), "name", "Hours",
                "narrative", Hours.format(i.minutesOf(i.data().intern().id())) + " logged by the intern, "
                        + Hours.format(i.minutesOf(i.data().mentor().id())) + " by the mentor."));
        Map<String, Object> endorsement = map("type", List.of("Evidence"), "name", "Mentor's endorsement",
                "narrative", review.endorsement(), "genre", "Endorsement",
                "audience", "Mentor: " + i.data().mentor().name());
        if (review.strengths() != null && !review.strengths().isBlank()) {
            endorsement.put("description", "Strengths: " + review.strengths());
        }
        evidence.add(endorsement);
        return evidence;
    }

    private static String milestoneList(Internship i) {
        StringBuilder out = new StringBuilder();
        i.milestones().forEach(m -> out.append("- ").append(m.label()).append('\n'));
        return out.toString().strip();
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            map.put((String) pairs[k], pairs[k + 1]);
        }
        return map;
    }
}
