package dev.atelier.core.internship;

import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;

/**
 * Who takes part in one internship and what each may do: the intern works and proposes, the mentor (or a
 * moderator) plans and reviews, the pair logs hours, a moderator decides what neither of them may. Each
 * {@code require} throws a refusal that names who may.
 */
final class Parties {

    private final InternshipData data;

    Parties(InternshipData data) {
        this.data = data;
    }

    boolean isIntern(Requester r) {
        return data.intern().id().equals(r.memberId());
    }

    boolean isMentor(Requester r) {
        return data.mentor().id().equals(r.memberId());
    }

    /** The intern, the mentor, or a moderator of the community. */
    boolean visibleTo(Requester r) {
        return r.moderator() || isIntern(r) || isMentor(r);
    }

    /** The mentor or a moderator plans: adds, edits, confirms and removes milestones, completes. */
    void requirePlanner(Requester by, String action) {
        if (!isMentor(by) && !by.moderator()) {
            throw new Rejected(
                    "Only the mentor or a moderator can " + action + " in internship #" + data.number() + ".");
        }
    }

    void requireIntern(Requester by, String action) {
        if (!isIntern(by)) {
            throw new Rejected(Text.builder()
                    .plain("Only the intern, ")
                    .quiet(data.intern())
                    .plain(", can " + action + " in internship #" + data.number() + ".")
                    .build());
        }
    }

    /** Reviews come from the mentor or a moderator, never from the intern (even one who moderates). */
    void requireReviewer(Requester by) {
        if (isIntern(by) || !(isMentor(by) || by.moderator())) {
            throw new Rejected(Text.builder()
                    .plain("Only the mentor or a moderator reviews ")
                    .quiet(data.intern())
                    .plain("'s work.")
                    .build());
        }
    }

    void requireLogger(Requester by) {
        if (!isIntern(by) && !isMentor(by)) {
            throw new Rejected("Only the intern and the mentor log hours in internship #" + data.number() + ".");
        }
    }

    /** Throws {@code refusal} unless {@code allowed}: for the steps whose refusal says more than who may. */
    static void require(boolean allowed, String refusal) {
        require(allowed, Text.of(refusal));
    }

    static void require(boolean allowed, Text refusal) {
        if (!allowed) {
            throw new Rejected(refusal);
        }
    }
}
