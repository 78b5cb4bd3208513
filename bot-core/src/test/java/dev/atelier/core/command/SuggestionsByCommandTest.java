package dev.atelier.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.testing.CoreFlowTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Autocomplete offers only the milestones the caller can use in that command. */
class SuggestionsByCommandTest extends CoreFlowTest {

    @BeforeEach
    void givenOneSubmittedAndOnePlannedMilestone() {
        as("mod", "task add \"Shop checkout\" \"Add a checkout\"");
        as("mod", "internship start @ivy @mira 1");
        as("mira", "milestone add 1 First draft");
        as("mira", "milestone add 1 Second draft");
        as("ivy", "submit 1 https://example.org/draft");
    }

    private List<String> milestones(String who, String path) {
        return atelier.bot().suggest(caller(who), path, "milestone", "").stream()
                .map(Choice::value)
                .toList();
    }

    @Test
    void theInternSubmitsOnlyTheirOpenMilestones() {
        assertThat(milestones("ivy", "submit")).containsExactly("2");
        assertThat(milestones("mira", "submit")).isEmpty();
    }

    @Test
    void theMentorReviewsOnlySubmittedMilestonesOfTheirInterns() {
        assertThat(milestones("mira", "review")).containsExactly("1");
        assertThat(milestones("ivy", "review")).isEmpty();
        assertThat(milestones("olga", "review")).isEmpty();
        assertThat(milestones("mod", "review")).containsExactly("1");
    }

    @Test
    void otherCommandsStillOfferEveryMilestoneTheCallerSees() {
        assertThat(milestones("ivy", "appeal milestone")).isEmpty();
        assertThat(milestones("mira", "milestone edit")).containsExactlyInAnyOrder("1", "2");
    }
}
