package dev.atelier.core.credential;

import dev.atelier.core.credential.CredentialSigner.SignatureCheck;
import dev.atelier.core.credential.Verification.Status;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.IssuedCredential;
import dev.atelier.core.shared.Rejected;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies credentials for anyone (chat's {@code verify}, the public HTTP endpoints): by id, by
 * link, or by the token itself. Checks our signature, that the token is the one on record, and
 * revocation. Nothing here changes anything.
 */
public final class Credentials {

    private final InternshipStore internships;
    private final CredentialSigner signer;
    private final CredentialLinks links;
    private final StatusListCredential statusLists;

    public Credentials(
            InternshipStore internships,
            CredentialSigner signer,
            CredentialLinks links,
            StatusListCredential statusLists) {
        this.internships = internships;
        this.signer = signer;
        this.links = links;
        this.statusLists = statusLists;
    }

    /** The revocation status list credentials. */
    public StatusListCredential statusLists() {
        return statusLists;
    }

    public CredentialLinks links() {
        return links;
    }

    public String publicKeySet() {
        return signer.publicKeySet();
    }

    /** The stored credential with this id, if one was issued. */
    public Optional<IssuedCredential> find(String id) {
        return CredentialLinks.idIn(id)
                .flatMap(internships::findByCredential)
                .map(i -> i.completion().credential());
    }

    /**
     * The issuer profile of a community as its credentials name it (OB 3.0 {@code Profile}), so the
     * issuer id in every credential resolves; empty when the community issued none.
     */
    public Optional<Map<String, Object>> issuer(String communityId) {
        return internships.list(communityId, InternshipStatus.COMPLETED, 1).stream()
                .filter(i -> i.completion().credential() != null
                        && i.completion().credential().hasToken())
                .findFirst()
                .map(i -> signer.check(i.completion().credential().token()))
                .filter(SignatureCheck::valid)
                .map(check -> check.claims().get("issuer"))
                .filter(Map.class::isInstance)
                .map(issuer -> {
                    Map<String, Object> profile = new LinkedHashMap<>();
                    profile.put("@context", OpenBadge.CONTEXT);
                    ((Map<?, ?>) issuer).forEach((k, v) -> profile.put(String.valueOf(k), v));
                    profile.put("id", links.issuer(communityId));
                    profile.put("jku", links.jwks());
                    return profile;
                });
    }

    /**
     * The credential itself (the OB 3.0 document a JSON client gets): the signed payload without the
     * JWT's registered claims; empty when unknown or when the stored token no longer verifies.
     */
    public Optional<Map<String, Object>> document(String id) {
        return find(id).filter(IssuedCredential::hasToken)
                .map(stored -> signer.check(stored.token()))
                .filter(SignatureCheck::valid)
                .map(check -> OpenBadge.credentialOf(check.claims()));
    }

    /** The mentor's final score, only when the intern chose to show it on the credential's page. */
    public Optional<Integer> shownScore(String id) {
        return CredentialLinks.idIn(id)
                .flatMap(internships::findByCredential)
                .filter(i -> i.completion().credential().showsScore()
                        && i.completion().review() != null)
                .map(i -> i.completion().review().score());
    }

    /** Verifies a credential id, a credential link, or a token (compact VC-JWT). */
    public Verification verify(String input) {
        String text = input == null ? "" : input.strip();
        if (text.chars().filter(c -> c == '.').count() == 2 && !text.contains("/") && !text.contains(" ")) {
            return verifyToken(text);
        }
        String id = CredentialLinks.idIn(text)
                .orElseThrow(() -> new Rejected("Give a credential id, a credential " + "link such as "
                        + links.credential("…") + ", or the credential token itself."));
        Optional<Internship> holder = internships.findByCredential(id);
        if (holder.isEmpty()) {
            return new Verification(Status.UNKNOWN, id, null, null, "No credential with this id was issued here.");
        }
        IssuedCredential stored = holder.get().completion().credential();
        if (!stored.hasToken()) {
            return erased(id, stored);
        }
        return judge(id, signer.check(stored.token()), stored);
    }

    private Verification verifyToken(String token) {
        SignatureCheck check = signer.check(token);
        if (!check.valid()) {
            return new Verification(Status.TAMPERED, null, null, null, check.problem());
        }
        String id =
                CredentialLinks.idIn(String.valueOf(check.claims().get("jti"))).orElse(null);
        Optional<Internship> holder = id == null ? Optional.empty() : internships.findByCredential(id);
        if (holder.isEmpty()) {
            return new Verification(
                    Status.UNKNOWN,
                    id,
                    check.claims(),
                    null,
                    "The signature is ours, but no such " + "credential is on record.");
        }
        IssuedCredential stored = holder.get().completion().credential();
        if (!stored.hasToken()) {
            return erased(id, stored);
        }
        if (!stored.token().equals(token)) {
            return new Verification(
                    Status.TAMPERED, id, null, stored, "This token differs from the credential on " + "record.");
        }
        return judge(id, check, stored);
    }

    /**
     * A credential whose token was removed when its holder was forgotten: only a revoked one loses its
     * token, so it answers revoked, without the holder's claims.
     */
    private static Verification erased(String id, IssuedCredential stored) {
        String when = stored.revokedAt() == null
                ? ""
                : " on " + stored.revokedAt().toString().substring(0, 10);
        return new Verification(
                Status.REVOKED,
                id,
                Map.of(),
                stored,
                "Revoked" + when + ": " + stored.revokedReason()
                        + " The holder's data was erased, so the signed credential is no longer kept.");
    }

    private Verification judge(String id, SignatureCheck check, IssuedCredential stored) {
        if (!check.valid()) {
            return new Verification(Status.TAMPERED, id, null, stored, check.problem());
        }
        if (!links.credential(id).equals(check.claims().get("jti"))
                && !String.valueOf(check.claims().get("jti")).endsWith("/credentials/" + id)) {
            return new Verification(Status.TAMPERED, id, null, stored, "The signed credential names another id.");
        }
        if (stored.revoked()) {
            return new Verification(
                    Status.REVOKED,
                    id,
                    check.claims(),
                    stored,
                    "Revoked on " + stored.revokedAt().toString().substring(0, 10) + ": " + stored.revokedReason());
        }
        return new Verification(
                Status.VALID, id, check.claims(), stored, "Signed by this Atelier, on record, and " + "not revoked.");
    }
}
