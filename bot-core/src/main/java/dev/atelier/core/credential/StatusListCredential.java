package dev.atelier.core.credential;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A community's revocation list as a W3C {@code BitstringStatusListCredential}, issued by the same
 * issuer as its credentials and signed like them (a VC-JWT with the current key), built fresh on
 * each request so it always carries the latest revocations.
 */
public final class StatusListCredential {

    private final StatusLists statusLists;
    private final CredentialSigner signer;
    private final CredentialLinks links;
    private final Clock clock;

    public StatusListCredential(StatusLists statusLists, CredentialSigner signer, CredentialLinks links, Clock clock) {
        this.statusLists = statusLists;
        this.signer = signer;
        this.links = links;
        this.clock = clock;
    }

    /** The list's credential document; empty when there is no such list. */
    public Optional<Map<String, Object>> document(String listId) {
        return statusLists.find(listId).map(list -> {
            String url = links.statusList(list.id());
            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("id", url + "#list");
            subject.put("type", "BitstringStatusList");
            subject.put("statusPurpose", "revocation");
            subject.put("encodedList", BitstringStatusList.encode(list.revoked()));
            Map<String, Object> credential = new LinkedHashMap<>();
            credential.put("@context", List.of(OpenBadge.VC_CONTEXT));
            credential.put("id", url);
            credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
            credential.put("issuer", links.issuer(list.communityId()));
            credential.put(
                    "validFrom", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
            credential.put("credentialSubject", subject);
            return credential;
        });
    }

    /**
     * The list's credential signed as a VC-JWT ({@code iss} and {@code nbf} added, both defined by the
     * VC 2.0 context, so the payload stays valid JSON-LD); empty when unknown.
     */
    public Optional<String> token(String listId) {
        return document(listId).map(credential -> {
            Map<String, Object> claims = new LinkedHashMap<>(credential);
            claims.put("iss", credential.get("issuer"));
            claims.put(
                    "nbf", Instant.parse((String) credential.get("validFrom")).getEpochSecond());
            return signer.sign(claims);
        });
    }
}
