package dev.atelier.core.credential;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.IssuedCredential;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.util.List;

/**
 * A moderator revokes a credential of their community with a reason; verifiers then see it revoked:
 * our verify endpoint at once, and standard verifiers through the credential's bit in its Bitstring
 * Status List, set right after the internship is saved.
 */
public final class RevokeCredential {

    private final InternshipStore internships;
    private final InternshipAccess access;
    private final CredentialLinks links;
    private final StatusLists statusLists;
    private final Clock clock;

    public RevokeCredential(
            InternshipStore internships,
            InternshipAccess access,
            CredentialLinks links,
            StatusLists statusLists,
            Clock clock) {
        this.internships = internships;
        this.access = access;
        this.links = links;
        this.statusLists = statusLists;
        this.clock = clock;
    }

    public record Command(Requester requester, String credential, String reason) {

        public Command {
            if (reason == null || reason.isBlank()) {
                throw new Rejected("Say why the credential is revoked; verifiers will see the reason.");
            }
        }
    }

    public Outcome execute(Command c) {
        String id = CredentialLinks.idIn(c.credential())
                .orElseThrow(() -> new Rejected(Text.builder()
                        .user(c.credential())
                        .plain(" is not a credential id or link.")
                        .build()));
        Internship internship = internships
                .findByCredential(id)
                .filter(i -> i.data().communityId().equals(c.requester().communityId()))
                .orElseThrow(() -> new Rejected("No credential " + id + " was issued in this community."));
        internship = access.internship(c.requester(), internship.number());
        IssuedCredential revoked =
                internship.afterCompletion().revokeCredential(c.requester(), c.reason(), clock.instant());
        internship = access.save(internship);
        if (revoked.statusList() != null) {
            statusLists.revoke(new StatusSlot(revoked.statusList(), revoked.statusIndex()));
        }
        Message notice = Message.publicReply(Text.builder()
                        .plain("⛔ The credential for internship #" + internship.number() + " (")
                        .user(internship.data().taskTitle())
                        .plain(") was revoked by a moderator.")
                        .build())
                .withFields(List.of(Field.wide("Reason", Text.user(c.reason()))));
        return Outcome.reply(
                Message.privateReply(Text.builder()
                        .plain("⛔ Credential " + id + " is revoked; ")
                        .link(links.credential(id), "its page")
                        .plain(" now shows it as revoked.")
                        .build()),
                List.of(Notices.direct(internship, internship.data().intern(), notice)));
    }
}
