package dev.atelier.core.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PartiesTest {

    static final CommunityRef COMMUNITY = new CommunityRef(Platform.CONSOLE, "c1", "c1");
    static final Requester INTERN = new Requester(COMMUNITY, new Member("alice", "Alice"), false);
    static final Requester MENTOR = new Requester(COMMUNITY, new Member("bob", "Bob"), false);
    static final Requester MODERATOR = new Requester(COMMUNITY, new Member("mod", "Mod"), true);
    static final Requester MODERATING_INTERN = new Requester(COMMUNITY, new Member("alice", "Alice"), true);
    static final Requester STRANGER = new Requester(COMMUNITY, new Member("eve", "Eve"), false);

    final Parties parties = new Parties(new InternshipData(
            "console:c1", 4, INTERN.member(), MENTOR.member(), 1, "Task", null, Instant.EPOCH, null));

    @Test
    void thePairAndTheModeratorsSeeTheInternshipAndNobodyElse() {
        assertThat(parties.visibleTo(INTERN)).isTrue();
        assertThat(parties.visibleTo(MENTOR)).isTrue();
        assertThat(parties.visibleTo(MODERATOR)).isTrue();
        assertThat(parties.visibleTo(STRANGER)).isFalse();
    }

    @Test
    void theMentorOrAModeratorPlans() {
        assertThatCode(() -> parties.requirePlanner(MENTOR, "plan milestones")).doesNotThrowAnyException();
        assertThatCode(() -> parties.requirePlanner(MODERATOR, "plan milestones"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> parties.requirePlanner(INTERN, "plan milestones"))
                .isInstanceOf(Rejected.class)
                .hasMessage("Only the mentor or a moderator can plan milestones in internship #4.");
    }

    @Test
    void onlyTheInternWorksOnTheMilestones() {
        assertThatCode(() -> parties.requireIntern(INTERN, "submit work")).doesNotThrowAnyException();
        assertThatThrownBy(() -> parties.requireIntern(MODERATOR, "submit work"))
                .hasMessageStartingWith("Only the intern, ")
                .hasMessageEndingWith(", can submit work in internship #4.");
    }

    @Test
    void anInternWhoModeratesStillCannotReviewTheirOwnWork() {
        assertThatCode(() -> parties.requireReviewer(MENTOR)).doesNotThrowAnyException();
        assertThatCode(() -> parties.requireReviewer(MODERATOR)).doesNotThrowAnyException();
        assertThatThrownBy(() -> parties.requireReviewer(MODERATING_INTERN)).hasMessageContaining("reviews");
        assertThatThrownBy(() -> parties.requireReviewer(STRANGER)).hasMessageContaining("reviews");
    }

    @Test
    void onlyThePairLogsHoursNotEvenAModerator() {
        assertThatCode(() -> parties.requireLogger(INTERN)).doesNotThrowAnyException();
        assertThatCode(() -> parties.requireLogger(MENTOR)).doesNotThrowAnyException();
        assertThatThrownBy(() -> parties.requireLogger(MODERATOR))
                .hasMessage("Only the intern and the mentor log hours in internship #4.");
    }

    @Test
    void aRefusalIsThrownOnlyWhenTheStepIsNotAllowed() {
        assertThatCode(() -> Parties.require(true, "no")).doesNotThrowAnyException();
        assertThatThrownBy(() -> Parties.require(false, "Only a moderator decides appeals."))
                .isInstanceOf(Rejected.class)
                .hasMessage("Only a moderator decides appeals.");
    }
}
