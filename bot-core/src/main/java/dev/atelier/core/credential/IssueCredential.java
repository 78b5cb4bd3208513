package dev.atelier.core.credential;

import dev.atelier.core.internship.FinalReview;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.IssuedCredential;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Signs the credential of a completing internship: the intern's {@link Recipient} in the community,
 * a random free index in the community's revocation list, the OB 3.0 document and its VC-JWT.
 * The caller stores the result with the internship.
 */
public final class IssueCredential {

    private final CredentialSigner signer;
    private final CredentialLinks links;
    private final Recipients recipients;
    private final StatusLists statusLists;
    private final RandomGenerator random;

    public IssueCredential(
            CredentialSigner signer, CredentialLinks links, Recipients recipients, StatusLists statusLists) {
        this(signer, links, recipients, statusLists, new SecureRandom());
    }

    IssueCredential(
            CredentialSigner signer,
            CredentialLinks links,
            Recipients recipients,
            StatusLists statusLists,
            RandomGenerator random) {
        this.signer = signer;
        this.links = links;
        this.recipients = recipients;
        this.statusLists = statusLists;
        this.random = random;
    }

    public CredentialLinks links() {
        return links;
    }

    public IssuedCredential issue(Internship internship, FinalReview review, String communityName, Instant at) {
        String id = UUID.randomUUID().toString();
        String communityId = internship.data().communityId();
        Recipient recipient =
                recipients.of(communityId, internship.data().intern().id());
        StatusSlot slot = statusLists.assign(communityId, random);
        String token = signer.sign(OpenBadge.claims(OpenBadge.credential(
                new OpenBadge.Issue(links, id, communityName, internship, review, at, recipient, slot))));
        return IssuedCredential.issued(id, token, at, slot.listId(), slot.index());
    }
}
