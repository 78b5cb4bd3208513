package dev.atelier.core.credential;

import dev.atelier.core.internship.FinalReview;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.Submission;
import dev.atelier.core.pay.Hours;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Open Badges 3.0 {@code OpenBadgeCredential} for a completed micro-internship (a W3C Verifiable
 * Credential 2.0) and its VC-JWT claims (OB 3.0 §8.2): the credential's members at the top level,
 * plus {@code iss} (issuer id), {@code sub} (subject id), {@code jti} (credential id) and {@code nbf}
 * ({@code validFrom}, in seconds; {@code validFrom} itself is written in whole seconds). There is no
 * {@code validUntil}, so no {@code exp}.
 *
 * <p>The achievement is the task, of type {@code Fieldwork} (OB 3.0: "practical activities that are
 * done away school, college, or place of work. Includes internships and practicums."); skills are its
 * tags; milestones, hours and the mentor's endorsement are evidence; the community is the issuer. The
 * subject is the member's stable {@code urn:uuid} with their name hashed ({@link Recipient}); the
 * revocation status is a {@code BitstringStatusListEntry}. The third {@code @context} entry defines
 * {@code jti}, the one JWT claim the VC 2.0 context leaves undefined, so the signed payload expands as
 * JSON-LD in safe mode too.
 */
public final class OpenBadge {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final List<Object> CONTEXT = List.of(
            VC_CONTEXT,
            OB_CONTEXT,
            Map.of("jti", Map.of("@id", "https://www.iana.org/assignments/jwt#jti", "@type", "@id")));
    static final List<String> JWT_CLAIMS = List.of("iss", "sub", "jti", "nbf", "exp");

    private OpenBadge() {}

    /** What is issued: who, what, by whom, when, and where its status is published. */
    public record Issue(
            CredentialLinks links,
            String id,
            String communityName,
            Internship internship,
            FinalReview review,
            Instant at,
            Recipient recipient,
            StatusSlot status) {}

    /** The credential document (the JSON view), without the JWT claims. */
    public static Map<String, Object> credential(Issue issue) {
        CredentialLinks links = issue.links();
        Internship i = issue.internship();
        String credentialUrl = links.credential(issue.id());
        Instant at = issue.at().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> issuer = map(
                "id", links.issuer(i.data().communityId()), "type", List.of("Profile"), "name", issue.communityName());
        Map<String, Object> achievement = map(
                "id",
                credentialUrl + "#achievement",
                "type",
                List.of("Achievement"),
                "achievementType",
                "Fieldwork",
                "name",
                i.data().taskTitle(),
                "description",
                "A paid, mentored micro-internship on a real task: " + i.data().taskTitle() + ".",
                "criteria",
                map("narrative", "Every milestone approved by the mentor:\n" + milestoneList(i)),
                "tag",
                issue.review().skills());
        Map<String, Object> subject = map(
                "id",
                issue.recipient().subjectId(),
                "type",
                List.of("AchievementSubject"),
                "identifier",
                List.of(issue.recipient().identifier(i.data().intern().name())),
                "role",
                "Intern",
                "activityStartDate",
                i.data().createdAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                "activityEndDate",
                at.toString(),
                "achievement",
                achievement);
        String list = links.statusList(issue.status().listId());
        Map<String, Object> status = map(
                "id",
                list + "#" + issue.status().index(),
                "type",
                "BitstringStatusListEntry",
                "statusPurpose",
                "revocation",
                "statusListIndex",
                String.valueOf(issue.status().index()),
                "statusListCredential",
                list);
        return map(
                "@context",
                CONTEXT,
                "id",
                credentialUrl,
                "type",
                List.of("VerifiableCredential", "OpenBadgeCredential"),
                "issuer",
                issuer,
                "validFrom",
                at.toString(),
                "name",
                "Micro-internship: " + i.data().taskTitle(),
                "credentialSubject",
                subject,
                "evidence",
                evidence(i, issue.review()),
                "credentialStatus",
                status);
    }

    /** The VC-JWT payload: the credential plus {@code iss}, {@code sub}, {@code jti} and {@code nbf}. */
    public static Map<String, Object> claims(Map<String, Object> credential) {
        Map<String, Object> claims = new LinkedHashMap<>(credential);
        claims.put("iss", ((Map<?, ?>) credential.get("issuer")).get("id"));
        claims.put("sub", ((Map<?, ?>) credential.get("credentialSubject")).get("id"));
        claims.put("jti", credential.get("id"));
        claims.put("nbf", Instant.parse((String) credential.get("validFrom")).getEpochSecond());
        return claims;
    }

    /** The credential a VC-JWT payload carries: the payload without the registered JWT claims. */
    public static Map<String, Object> credentialOf(Map<String, Object> claims) {
        Map<String, Object> credential = new LinkedHashMap<>(claims);
        JWT_CLAIMS.forEach(credential::remove);
        return credential;
    }

    private static List<Object> evidence(Internship i, FinalReview review) {
        List<Object> evidence = new ArrayList<>();
        for (Milestone m : i.milestones()) {
            Map<String, Object> item = map(
                    "type",
                    List.of("Evidence"),
                    "name",
                    m.label(),
                    "description",
                    m.criteria() == null ? "Approved by the mentor." : m.criteria());
            Submission last = m.latestSubmission();
            if (last != null && last.link() != null) {
                item.put("id", last.link().toString());
            }
            evidence.add(item);
        }
        evidence.add(map(
                "type",
                List.of("Evidence"),
                "name",
                "Hours",
                "narrative",
                Hours.format(i.minutesOf(i.data().intern().id())) + " logged by the intern, "
                        + Hours.format(i.minutesOf(i.data().mentor().id())) + " by the mentor."));
        Map<String, Object> endorsement = map(
                "type",
                List.of("Evidence"),
                "name",
                "Mentor's endorsement",
                "narrative",
                review.endorsement(),
                "genre",
                "Endorsement",
                "audience",
                "Mentor: " + i.data().mentor().name());
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
