package dev.atelier.core.internship;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Text;
import dev.atelier.core.pay.PayStatement;
import dev.atelier.core.shared.Rejected;
import java.time.Instant;
import java.util.Locale;

/**
 * Where one internship stands, part of its aggregate: its status and, once it ended, how ({@link Completion}).
 * Open until completed, withdrawn or closed; a closing can be undone and a final score changed on appeal.
 * Who may change it is the aggregate's business; each change returns the timeline line to record.
 */
final class Lifecycle {

    /** The two ways a moderator ends an internship that will not complete, with the words each refusal uses. */
    enum Ending {
        CLOSE(InternshipStatus.CLOSED, "closes an internship", "the internship closes", "close", "closed"),
        WITHDRAW(
                InternshipStatus.WITHDRAWN,
                "withdraws an internship",
                "the internship is withdrawn",
                "withdraw",
                "withdrew");

        private final InternshipStatus status;
        private final String onlyModerators;
        private final String why;
        private final String command;
        private final String done;

        Ending(InternshipStatus status, String onlyModerators, String why, String command, String done) {
            this.status = status;
            this.onlyModerators = onlyModerators;
            this.why = why;
            this.command = command;
            this.done = done;
        }

        String refusal() {
            return "Only a moderator " + onlyModerators + ".";
        }
    }

    private final long internship;
    private InternshipStatus status;
    private Completion completion;

    Lifecycle(long internship, InternshipStatus status, Completion completion) {
        this.internship = internship;
        this.status = status;
        this.completion = completion == null ? Completion.NONE : completion;
    }

    void requireOpen() {
        switch (status) {
            case WITHDRAWN -> throw new Rejected("Internship #" + internship + " was withdrawn; it accepts nothing.");
            case COMPLETED -> throw new Rejected("Internship #" + internship + " is completed; it accepts nothing.");
            case CLOSED -> throw new Rejected("Internship #" + internship + " was closed; it accepts nothing.");
            default -> {}
        }
    }

    String complete(FinalReview review, PayStatement statement, IssuedCredential credential) {
        status = InternshipStatus.COMPLETED;
        completion = new Completion(review, statement, credential, null, null);
        return "completed the internship with a final review (score " + review.score() + "/10)";
    }

    String end(Ending ending, String reason) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new Rejected(Text.builder()
                    .plain("Say why " + ending.why + ": ")
                    .command(CommandHint.of("internship " + ending.command)
                            .placeholder("internship")
                            .placeholder("reason"))
                    .plain(".")
                    .build());
        }
        status = ending.status;
        completion = new Completion(null, null, null, null, reason);
        return ending.done + " the internship: " + reason;
    }

    String reopen(String note) {
        if (status != InternshipStatus.CLOSED) {
            throw new Rejected("Internship #" + internship + " is "
                    + status.name().toLowerCase(Locale.ROOT) + "; only a closed internship reopens on appeal.");
        }
        status = InternshipStatus.ACTIVE;
        completion = Completion.NONE;
        return "reopened the internship on appeal: " + note;
    }

    /** The final review with another score (the mentor's skills, strengths and endorsement stay). */
    FinalReview rescored(int score) {
        if (status != InternshipStatus.COMPLETED || completion.review() == null) {
            throw new Rejected("Internship #" + internship + " has no final score to change.");
        }
        FinalReview r = completion.review();
        return new FinalReview(score, r.skills(), r.strengths(), r.endorsement(), r.by(), r.at());
    }

    /** Stores the final review changed on appeal and, when one was re-issued (not null), the new credential. */
    String rescore(FinalReview review, IssuedCredential credential) {
        int before = completion.review().score();
        completion = new Completion(
                review,
                completion.statement(),
                credential == null ? completion.credential() : credential,
                completion.rating(),
                completion.endReason());
        return "changed the final score on appeal from " + before + "/10 to " + review.score() + "/10"
                + (credential == null ? "" : " and issued a new credential");
    }

    void requireRatable() {
        if (status != InternshipStatus.COMPLETED) {
            throw new Rejected("You can rate the mentorship once internship #" + internship + " is completed.");
        }
        if (completion.rating() != null) {
            throw new Rejected("You already rated this mentorship; thank you.");
        }
    }

    String rate(MentorshipRating rating) {
        requireRatable();
        completion = completion.withRating(rating);
        return "rated the mentorship";
    }

    String revokeCredential(String by, String reason, Instant at) {
        completion = completion.revokeCredential(internship, by, reason, at);
        return "revoked the credential: " + reason;
    }

    String showScore(boolean shown) {
        completion = completion.showScore(internship, shown);
        return (shown ? "shows" : "hides") + " the final score on the credential's page";
    }

    InternshipStatus status() {
        return status;
    }

    Completion completion() {
        return completion;
    }
}
