package dev.atelier.core.appeal;

import dev.atelier.core.credential.IssueCredential;
import dev.atelier.core.credential.RevokeCredential;
import dev.atelier.core.internship.FinalReview;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.IssuedCredential;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Instant;
import java.util.List;

/**
 * What "change" does to an internship decision: a closing reopens the internship; a final score takes the new
 * score (and when a credential was issued and is not revoked, it is revoked and a new one with the new score
 * issued); a withheld completion is recorded, and the mentor or a moderator completes it with a final review.
 */
final class InternshipChange {

    private final InternshipStore internships;
    private final RevokeCredential revoke;
    private final IssueCredential issue;

    InternshipChange(InternshipStore internships, RevokeCredential revoke, IssueCredential issue) {
        this.internships = internships;
        this.revoke = revoke;
        this.issue = issue;
    }

    /** The internship as changed (not saved yet), what happened, and notices sent on the way. */
    record Changed(Internship internship, String what, List<Notification> notices) {}

    Changed apply(Requester r, Appeal a, Internship i, String note, Long score, Instant now) {
        if (i.status() == InternshipStatus.CLOSED && a.decision().endsWith("closing")) {
            i.onAppeal().reopen(r, note, now);
            return new Changed(i, "changed " + a.decision() + ": the internship is active again", List.of());
        }
        if (i.status() == InternshipStatus.COMPLETED && a.decision().endsWith("final score")) {
            return rescore(r, a, i, score, now);
        }
        return new Changed(
                i,
                "changed " + a.decision() + " (recorded: the mentor or a moderator completes it with the final review)",
                List.of());
    }

    private Changed rescore(Requester r, Appeal a, Internship i, Long score, Instant now) {
        if (score == null) {
            throw new Rejected(Text.builder()
                    .plain("Give the new final score: ")
                    .command(CommandHint.of("appeal decide")
                            .with("appeal", a.number())
                            .with("outcome", "change")
                            .placeholder("note")
                            .named("score", 8))
                    .plain(".")
                    .build());
        }
        if (score < 1 || score > 10) {
            throw new Rejected("The final score is a whole number from 1 to 10, not " + score + ".");
        }
        int before = i.completion().review().score();
        FinalReview changed = i.onAppeal().rescored(r, score.intValue());
        IssuedCredential old = i.completion().credential();
        if (old == null || old.revoked()) {
            i.onAppeal().rescore(r, changed, null, now);
            return new Changed(
                    i,
                    "changed " + a.decision() + ": the final score is " + score + "/10 (was " + before + "/10)"
                            + (old == null ? "" : "; the credential stays revoked"),
                    List.of());
        }
        Outcome revoked = revoke.execute(new RevokeCredential.Command(
                r, old.id(), "replaced on appeal A" + a.number() + " by a credential with the changed final score"));
        Internship reloaded = internships.find(r.communityId(), i.number()).orElseThrow();
        IssuedCredential fresh = issue.issue(reloaded, changed, r.community().name(), now);
        reloaded.onAppeal().rescore(r, changed, fresh, now);
        return new Changed(
                reloaded,
                "changed " + a.decision() + ": the final score is " + score + "/10 (was " + before
                        + "/10); the old credential is revoked and a new one issued: "
                        + issue.links().credential(fresh.id()),
                revoked.notifications());
    }
}
