package dev.atelier.core.internship;

import static dev.atelier.core.internship.InternshipFixture.INTERN;
import static dev.atelier.core.internship.InternshipFixture.LINK;
import static dev.atelier.core.internship.InternshipFixture.MENTOR;
import static dev.atelier.core.internship.InternshipFixture.MODERATOR;
import static dev.atelier.core.internship.InternshipFixture.NOW;
import static dev.atelier.core.internship.InternshipFixture.lastLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OnAppealTest {

    @Test
    void aModeratorOverturnsARequestForChangesAndNothingElse() {
        Internship internship = InternshipFixture.activeWithOneMilestone();
        internship.submit(INTERN, 10, LINK, null, NOW);
        assertThatThrownBy(() -> internship.onAppeal().approveMilestone(MODERATOR, 10, "fine", NOW))
                .hasMessageContaining("only a request for changes can be overturned");
        internship.review(MENTOR, 10, Verdict.CHANGES, "more tests", NOW);
        assertThatThrownBy(() -> internship.onAppeal().approveMilestone(MENTOR, 10, "fine", NOW))
                .hasMessage("Only a moderator decides appeals.");

        Milestone approved = internship.onAppeal().approveMilestone(MODERATOR, 10, "the tests were there", NOW);

        assertThat(approved.status()).isEqualTo(MilestoneStatus.APPROVED);
        assertThat(approved.latestReview().feedback()).isEqualTo("the tests were there");
        assertThat(lastLine(internship)).isEqualTo("approved M10 Design on appeal");
    }

    @Test
    void aClosedInternshipReopensOnAppeal() {
        Internship internship = InternshipFixture.activeWithOneMilestone();
        internship.close(MODERATOR, "no answer", NOW);

        internship.onAppeal().reopen(MODERATOR, "she was ill", NOW);

        assertThat(internship.status()).isEqualTo(InternshipStatus.ACTIVE);
        assertThat(internship.completion().endReason()).isNull();
        assertThat(lastLine(internship)).isEqualTo("reopened the internship on appeal: she was ill");
    }

    @Test
    void theFinalScoreChangesOnAppealAndKeepsTheCredentialWhenNoneIsReissued() {
        Internship internship = InternshipFixture.completed();
        assertThatThrownBy(() -> internship.onAppeal().rescored(INTERN, 10)).hasMessageContaining("Only a moderator");

        FinalReview rescored = internship.onAppeal().rescored(MODERATOR, 10);
        internship.onAppeal().rescore(MODERATOR, rescored, null, NOW);

        assertThat(internship.completion().review().score()).isEqualTo(10);
        assertThat(internship.completion().credential()).isEqualTo(InternshipFixture.CREDENTIAL);
        assertThat(lastLine(internship)).isEqualTo("changed the final score on appeal from 9/10 to 10/10");
    }
}
