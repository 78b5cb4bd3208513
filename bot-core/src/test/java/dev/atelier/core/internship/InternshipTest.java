package dev.atelier.core.internship;

import static dev.atelier.core.internship.InternshipFixture.CREDENTIAL;
import static dev.atelier.core.internship.InternshipFixture.INTERN;
import static dev.atelier.core.internship.InternshipFixture.LINK;
import static dev.atelier.core.internship.InternshipFixture.MENTOR;
import static dev.atelier.core.internship.InternshipFixture.MODERATOR;
import static dev.atelier.core.internship.InternshipFixture.NOW;
import static dev.atelier.core.internship.InternshipFixture.REVIEW;
import static dev.atelier.core.internship.InternshipFixture.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.core.shared.Rejected;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InternshipTest {

    Internship internship;

    @BeforeEach
    void givenAnActiveInternshipWithOneMilestone() {
        internship = InternshipFixture.activeWithOneMilestone();
    }

    @Test
    void onlyASubmittedMilestoneCanBeReviewed() {
        assertThatThrownBy(() -> internship.review(MENTOR, 10, Verdict.APPROVE, null, NOW))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("Only a submitted milestone can be reviewed");
    }

    @Test
    void anApprovedMilestoneIsFinal() {
        internship.submit(INTERN, 10, LINK, null, NOW);
        internship.review(MENTOR, 10, Verdict.APPROVE, null, NOW);

        assertThatThrownBy(() -> internship.submit(INTERN, 10, LINK, null, NOW)).hasMessageContaining("final");
        assertThatThrownBy(
                        () -> internship.planning().edit(MENTOR, 10, new MilestoneDraft("New", null, null, null), NOW))
                .hasMessageContaining("final");
        assertThatThrownBy(() -> internship.planning().remove(MENTOR, 10, NOW)).hasMessageContaining("final");
        assertThatThrownBy(() -> internship.review(MENTOR, 10, Verdict.CHANGES, "x", NOW))
                .hasMessageContaining("final");
    }

    @Test
    void changesRequestedGoBackToTheInternAndAResubmissionIsReviewedAgain() {
        internship.submit(INTERN, 10, LINK, null, NOW);
        internship.review(MENTOR, 10, Verdict.CHANGES, "more tests", NOW);
        assertThat(internship.milestone(10).status()).isEqualTo(MilestoneStatus.CHANGES_REQUESTED);

        internship.submit(INTERN, 10, LINK, "done", NOW);
        internship.review(MODERATOR, 10, Verdict.APPROVE, null, NOW);

        Milestone m = internship.milestone(10);
        assertThat(m.status()).isEqualTo(MilestoneStatus.APPROVED);
        assertThat(m.submissions()).hasSize(2);
        assertThat(m.reviews()).extracting(Review::verdict).containsExactly(Verdict.CHANGES, Verdict.APPROVE);
        assertThat(internship.timeline())
                .extracting(TimelineEvent::what)
                .contains(
                        "submitted M10 Design",
                        "requested changes on M10 Design",
                        "resubmitted M10 Design",
                        "approved M10 Design");
    }

    @Test
    void requestingChangesNeedsFeedback() {
        internship.submit(INTERN, 10, LINK, null, NOW);
        assertThatThrownBy(() -> internship.review(MENTOR, 10, Verdict.CHANGES, " ", NOW))
                .hasMessageContaining("needs feedback");
    }

    @Test
    void onlyTheInternSubmitsAndOnlyTheMentorOrAModeratorReviews() {
        assertThatThrownBy(() -> internship.submit(MENTOR, 10, LINK, null, NOW))
                .hasMessageContaining("Only the intern");
        assertThatThrownBy(() -> internship.submit(MODERATOR, 10, LINK, null, NOW))
                .hasMessageContaining("Only the intern");
        internship.submit(INTERN, 10, LINK, null, NOW);
        assertThatThrownBy(() -> internship.review(INTERN, 10, Verdict.APPROVE, null, NOW))
                .hasMessageContaining("Only the mentor or a moderator");
        assertThatThrownBy(() -> internship.review(STRANGER, 10, Verdict.APPROVE, null, NOW))
                .hasMessageContaining("Only the mentor or a moderator");
    }

    @Test
    void onlyTheMentorOrAModeratorPlansAndTheInternProposes() {
        assertThatThrownBy(() -> internship.planning().add(INTERN, 11, "x", null, null, NOW))
                .hasMessageContaining("Only the mentor or a moderator");
        assertThatThrownBy(() ->
                        internship.planning().propose(MENTOR, () -> 11, new MilestoneDraft("x", null, null, null), NOW))
                .hasMessageContaining("Only the intern proposes");

        internship.planning().propose(INTERN, () -> 11, new MilestoneDraft("Tests", null, null, null), NOW);
        assertThatThrownBy(() -> internship.submit(INTERN, 11, LINK, null, NOW))
                .hasMessageContaining("still a proposal");
        assertThatThrownBy(() -> internship.planning().confirm(INTERN, 11, NOW))
                .hasMessageContaining("Only the mentor");

        internship.planning().confirm(MENTOR, 11, NOW);
        assertThat(internship.milestone(11).status()).isEqualTo(MilestoneStatus.PLANNED);
        assertThatThrownBy(() -> internship.planning().confirm(MENTOR, 11, NOW)).hasMessageContaining("not a proposal");
    }

    @Test
    void aWithdrawnInternshipAcceptsNothing() {
        assertThatThrownBy(() -> internship.withdraw(MENTOR, null, NOW)).hasMessageContaining("Only a moderator");
        assertThatThrownBy(() -> internship.withdraw(MODERATOR, " ", NOW)).hasMessageContaining("Say why");
        assertThat(internship.status()).isEqualTo(InternshipStatus.ACTIVE);
        internship.withdraw(MODERATOR, "left", NOW);

        assertThat(internship.status()).isEqualTo(InternshipStatus.WITHDRAWN);
        assertThatThrownBy(() -> internship.submit(INTERN, 10, LINK, null, NOW)).hasMessageContaining("withdrawn");
        assertThatThrownBy(() -> internship.planning().add(MENTOR, 12, "x", null, null, NOW))
                .hasMessageContaining("withdrawn");
        assertThatThrownBy(() -> internship.withdraw(MODERATOR, null, NOW)).hasMessageContaining("withdrawn");
    }

    @Test
    void itCompletesOnlyWhenEveryMilestoneIsApproved() {
        assertThatThrownBy(() -> internship.complete(MENTOR, REVIEW, null, CREDENTIAL, NOW))
                .hasMessageContaining("1 milestone is not approved");
        assertThat(internship.status()).isEqualTo(InternshipStatus.ACTIVE);
        assertThat(internship.completion()).isEqualTo(Completion.NONE);
        internship.submit(INTERN, 10, LINK, null, NOW);
        internship.review(MENTOR, 10, Verdict.APPROVE, null, NOW);
        assertThatThrownBy(() -> internship.complete(INTERN, REVIEW, null, CREDENTIAL, NOW))
                .hasMessageContaining("Only the mentor");

        internship.complete(MENTOR, REVIEW, null, CREDENTIAL, NOW);

        assertThat(internship.status()).isEqualTo(InternshipStatus.COMPLETED);
        assertThat(internship.completion().review()).isEqualTo(REVIEW);
        assertThatThrownBy(() -> internship.hoursLog().log(INTERN, 1, 60, null, NOW))
                .hasMessageContaining("completed");
    }

    @Test
    void hoursAreLoggedByThePairAndCorrectedByTheirAuthorOrAModerator() {
        internship.hoursLog().log(INTERN, 1, 90, "design", NOW);
        internship.hoursLog().log(MENTOR, 2, 30, "review", NOW);
        assertThatThrownBy(() -> internship.hoursLog().log(STRANGER, 3, 30, null, NOW))
                .hasMessageContaining("Only the intern");
        assertThatThrownBy(() -> internship.hoursLog().correct(MENTOR, 1, 60, null, NOW))
                .hasMessageContaining("Only who logged entry 1");

        internship.hoursLog().correct(INTERN, 1, 120, null, NOW);
        internship.hoursLog().correct(MODERATOR, 2, 0, null, NOW);

        assertThat(internship.minutesOf("alice")).isEqualTo(120);
        assertThat(internship.minutesOf("bob")).isZero();
        assertThat(internship.hours())
                .singleElement()
                .satisfies(h -> assertThat(h.note()).isEqualTo("design"));
    }

    @Test
    void aModeratorClosesWithAReasonAndTheInternRatesOnlyAfterCompletion() {
        assertThatThrownBy(() -> internship.afterCompletion().rate(INTERN, new MentorshipRating(5, null, NOW)))
                .hasMessageContaining("once internship #1 is completed");
        assertThatThrownBy(() -> internship.close(MENTOR, "bored", NOW)).hasMessageContaining("Only a moderator");
        assertThatThrownBy(() -> internship.close(MODERATOR, " ", NOW)).hasMessageContaining("Say why");
        assertThatThrownBy(() -> new FinalReview(11, java.util.List.of("java"), null, "great", "bob", NOW))
                .hasMessageContaining("from 1 to 10");

        internship.close(MODERATOR, "the client cancelled", NOW);

        assertThat(internship.status()).isEqualTo(InternshipStatus.CLOSED);
        assertThat(internship.completion().endReason()).isEqualTo("the client cancelled");
        assertThatThrownBy(() -> internship.submit(INTERN, 10, LINK, null, NOW)).hasMessageContaining("closed");
    }

    @Test
    void aMilestoneWithSubmissionsCannotBeRemovedAndAPlannedOneCan() {
        internship.planning().add(MENTOR, 11, "Extra", null, null, NOW);
        internship.planning().remove(MENTOR, 11, NOW);
        assertThat(internship.findMilestone(11)).isEmpty();

        internship.submit(INTERN, 10, LINK, null, NOW);
        assertThatThrownBy(() -> internship.planning().remove(MENTOR, 10, NOW)).hasMessageContaining("has submissions");
    }

    @Test
    void theInternAndTheMentorAreTwoPeople() {
        assertThatThrownBy(() -> Internship.start(
                        new InternshipData(
                                "console:c1", 2, INTERN.member(), INTERN.member(), 1, "Task", null, NOW, null),
                        MODERATOR.member(),
                        NOW))
                .hasMessageContaining("two different people");
    }
}
