package dev.atelier.core.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final FinalReview REVIEW = new FinalReview(7, List.of("java"), "tests", "Careful work.", "bob", NOW);
    static final IssuedCredential CREDENTIAL = IssuedCredential.issued("id-1", "token", NOW);

    @Test
    void anActiveInternshipIsOpenAndAnEndedOneAcceptsNothing() {
        assertThatCode(() -> active().requireOpen()).doesNotThrowAnyException();
        assertThatThrownBy(() -> new Lifecycle(3, InternshipStatus.WITHDRAWN, null).requireOpen())
                .hasMessage("Internship #3 was withdrawn; it accepts nothing.");
        assertThatThrownBy(() -> new Lifecycle(3, InternshipStatus.COMPLETED, null).requireOpen())
                .hasMessage("Internship #3 is completed; it accepts nothing.");
        assertThatThrownBy(() -> new Lifecycle(3, InternshipStatus.CLOSED, null).requireOpen())
                .hasMessage("Internship #3 was closed; it accepts nothing.");
    }

    @Test
    void endingNeedsAReasonAndKeepsIt() {
        Lifecycle lifecycle = active();

        assertThatThrownBy(() -> lifecycle.end(Lifecycle.Ending.WITHDRAW, " "))
                .hasMessage("Say why the internship is withdrawn: `internship withdraw <internship> <reason>`.");
        assertThat(lifecycle.status()).isEqualTo(InternshipStatus.ACTIVE);

        String line = lifecycle.end(Lifecycle.Ending.WITHDRAW, "moved away");

        assertThat(line).isEqualTo("withdrew the internship: moved away");
        assertThat(lifecycle.status()).isEqualTo(InternshipStatus.WITHDRAWN);
        assertThat(lifecycle.completion().endReason()).isEqualTo("moved away");
        assertThat(Lifecycle.Ending.CLOSE.refusal()).isEqualTo("Only a moderator closes an internship.");
    }

    @Test
    void onlyAClosedInternshipReopensAndItsReasonIsCleared() {
        assertThatThrownBy(() -> active().reopen("x"))
                .hasMessage("Internship #3 is active; only a closed internship reopens on appeal.");

        Lifecycle closed = active();
        closed.end(Lifecycle.Ending.CLOSE, "client cancelled");
        assertThat(closed.reopen("the client came back"))
                .isEqualTo("reopened the internship on appeal: the client came back");

        assertThat(closed.status()).isEqualTo(InternshipStatus.ACTIVE);
        assertThat(closed.completion()).isEqualTo(Completion.NONE);
    }

    @Test
    void aCompletedInternshipIsRatedOnceAndItsScoreChangedKeepingTheMentorsWords() {
        Lifecycle lifecycle = active();
        assertThatThrownBy(lifecycle::requireRatable).hasMessageContaining("once internship #3 is completed");
        assertThatThrownBy(() -> lifecycle.rescored(9)).hasMessage("Internship #3 has no final score to change.");

        assertThat(lifecycle.complete(REVIEW, null, CREDENTIAL))
                .isEqualTo("completed the internship with a final review (score 7/10)");
        lifecycle.rate(new MentorshipRating(5, null, NOW));
        assertThatThrownBy(lifecycle::requireRatable).hasMessage("You already rated this mentorship; thank you.");

        FinalReview rescored = lifecycle.rescored(9);
        assertThat(rescored.endorsement()).isEqualTo("Careful work.");
        assertThat(lifecycle.rescore(rescored, null)).isEqualTo("changed the final score on appeal from 7/10 to 9/10");
        assertThat(lifecycle.completion().review().score()).isEqualTo(9);
        assertThat(lifecycle.completion().credential()).isEqualTo(CREDENTIAL);
        assertThat(lifecycle.completion().rating().rating()).isEqualTo(5);
    }

    static Lifecycle active() {
        return new Lifecycle(3, InternshipStatus.ACTIVE, null);
    }
}
