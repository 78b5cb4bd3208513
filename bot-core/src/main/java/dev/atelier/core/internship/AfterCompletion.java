package dev.atelier.core.internship;

import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import java.time.Instant;

/**
 * What happens to one internship once it completed: the intern rates the mentorship once and chooses whether
 * the credential's page shows the final score; a moderator revokes the credential. Part of the aggregate
 * ({@link Internship#afterCompletion()}); every step lands on the internship's timeline.
 */
public final class AfterCompletion {

    private final Internship internship;

    AfterCompletion(Internship internship) {
        this.internship = internship;
    }

    /** Throws unless {@code by} may rate the mentorship now: the intern, once, after completion. */
    public void checkRatable(Requester by) {
        Parties.require(
                internship.isIntern(by),
                Text.builder()
                        .plain("Only the intern, ")
                        .quiet(internship.data().intern())
                        .plain(", rates the mentorship.")
                        .build());
        internship.lifecycle().requireRatable();
    }

    public void rate(Requester by, MentorshipRating rating) {
        checkRatable(by);
        internship.record(rating.at(), by, internship.lifecycle().rate(rating));
    }

    /** The intern chooses whether their credential's page shows the mentor's final score. */
    public void showScore(Requester by, boolean shown, Instant at) {
        Parties.require(
                internship.isIntern(by),
                "Only the intern who holds the credential chooses whether its page shows the score.");
        internship.record(at, by, internship.lifecycle().showScore(shown));
    }

    /** A moderator revokes the credential with a reason verifiers will see; returns the revoked credential. */
    public IssuedCredential revokeCredential(Requester by, String reason, Instant at) {
        Parties.require(by.moderator(), "Only a moderator revokes a credential.");
        internship.record(at, by, internship.lifecycle().revokeCredential(by.memberId(), reason, at));
        return internship.completion().credential();
    }
}
