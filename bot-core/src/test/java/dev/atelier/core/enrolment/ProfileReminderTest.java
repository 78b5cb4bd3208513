package dev.atelier.core.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Button;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.testing.CoreFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Joining a cohort (or being approved into one) asks a member to fill in their profile only when the
 * matching lacks something of it, and names what.
 */
class ProfileReminderTest extends CoreFlowTest {

    @BeforeEach
    void givenACohort() {
        as("mod", "cohort create spring");
    }

    @Test
    void anInternWithAnEmptyProfileIsToldWhatToAdd() {
        Message joined = as("carol", "cohort join spring intern").reply();

        assertThat(joined.text())
                .contains("You joined *spring* as intern.")
                .contains("Add your skills, learning goals, time zone and working hours to your profile")
                .contains("a good mentor");
        assertThat(joined.buttons()).extracting(Button::label).containsExactly("Edit my profile");
    }

    @Test
    void anInternWhoseProfileIsFilledInIsNotAskedToFillItIn() {
        as("dana", "profile set skills:java learning:go timezone:Europe/Paris window:9-17");

        Message joined = as("dana", "cohort join spring intern").reply();

        assertThat(joined.text()).contains("You joined *spring* as intern.").doesNotContain("profile");
        assertThat(joined.buttons()).isEmpty();
    }

    @Test
    void aMentorIsAskedOnlyForWhatTheMatchingReadsOfMentors() {
        as("mira", "profile set expertise:java,go timezone:Europe/Paris");

        Message joined = as("mira", "cohort join spring mentor").reply();

        assertThat(joined.text())
                .contains("Add your working hours to your profile")
                .contains("a good intern");
        assertThat(joined.text()).doesNotContain("skills").doesNotContain("expertise");
    }

    @Test
    void anApprovedMemberWithAFilledInProfileIsToldOnlyThatTheyAreIn() {
        as("mod", "cohort approval spring on");
        as("erin", "profile set expertise:java timezone:Europe/Paris window:9-17");
        Message waiting = as("erin", "cohort join spring mentor").reply();
        assertThat(waiting.text()).contains("a moderator will approve it").doesNotContain("profile");
        platform.clear();

        as("mod", "cohort approve spring @erin");

        assertThat(platform.sent().stream().filter(n -> n.to().equals(Destination.direct("erin"))))
                .singleElement()
                .extracting(Notification::message)
                .satisfies(m -> {
                    assertThat(m.text())
                            .contains("You are in *spring* as mentor.")
                            .doesNotContain("profile");
                    assertThat(m.buttons()).isEmpty();
                });
    }
}
