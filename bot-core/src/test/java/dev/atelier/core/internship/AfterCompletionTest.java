package dev.atelier.core.internship;

import static dev.atelier.core.internship.InternshipFixture.INTERN;
import static dev.atelier.core.internship.InternshipFixture.MENTOR;
import static dev.atelier.core.internship.InternshipFixture.MODERATOR;
import static dev.atelier.core.internship.InternshipFixture.NOW;
import static dev.atelier.core.internship.InternshipFixture.lastLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AfterCompletionTest {

    final Internship internship = InternshipFixture.completed();

    @Test
    void theInternRatesTheMentorshipOnceAndNobodyElseDoes() {
        assertThatThrownBy(() -> internship.afterCompletion().rate(MENTOR, new MentorshipRating(5, null, NOW)))
                .hasMessageContaining("rates the mentorship");

        internship.afterCompletion().rate(INTERN, new MentorshipRating(4, "patient", NOW));

        assertThat(internship.completion().rating().comment()).isEqualTo("patient");
        assertThat(lastLine(internship)).isEqualTo("rated the mentorship");
        assertThatThrownBy(() -> internship.afterCompletion().checkRatable(INTERN))
                .hasMessageContaining("already rated");
    }

    @Test
    void onlyTheInternChoosesWhetherTheScoreShows() {
        assertThatThrownBy(() -> internship.afterCompletion().showScore(MODERATOR, true, NOW))
                .hasMessageContaining("Only the intern who holds the credential");

        internship.afterCompletion().showScore(INTERN, true, NOW);

        assertThat(internship.completion().credential().showsScore()).isTrue();
        assertThat(lastLine(internship)).isEqualTo("shows the final score on the credential's page");
    }

    @Test
    void aModeratorRevokesTheCredentialOnceWithAReason() {
        assertThatThrownBy(() -> internship.afterCompletion().revokeCredential(MENTOR, "copied", NOW))
                .hasMessage("Only a moderator revokes a credential.");
        assertThatThrownBy(() -> internship.afterCompletion().revokeCredential(MODERATOR, " ", NOW))
                .hasMessageContaining("Say why");

        IssuedCredential revoked = internship.afterCompletion().revokeCredential(MODERATOR, "copied work", NOW);

        assertThat(revoked.revoked()).isTrue();
        assertThat(lastLine(internship)).isEqualTo("revoked the credential: copied work");
        assertThatThrownBy(() -> internship.afterCompletion().revokeCredential(MODERATOR, "again", NOW))
                .hasMessageContaining("already revoked");
    }
}
