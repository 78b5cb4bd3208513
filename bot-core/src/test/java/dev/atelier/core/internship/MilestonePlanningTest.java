package dev.atelier.core.internship;

import static dev.atelier.core.internship.InternshipFixture.INTERN;
import static dev.atelier.core.internship.InternshipFixture.MENTOR;
import static dev.atelier.core.internship.InternshipFixture.MODERATOR;
import static dev.atelier.core.internship.InternshipFixture.NOW;
import static dev.atelier.core.internship.InternshipFixture.lastLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MilestonePlanningTest {

    final Internship internship = InternshipFixture.activeWithOneMilestone();

    @Test
    void aRefusedProposalDrawsNoNumber() {
        AtomicLong drawn = new AtomicLong(10);

        assertThatThrownBy(() -> internship
                        .planning()
                        .propose(MENTOR, drawn::incrementAndGet, new MilestoneDraft("x", null, null, null), NOW))
                .hasMessageContaining("Only the intern proposes");
        Milestone proposed = internship
                .planning()
                .propose(INTERN, drawn::incrementAndGet, new MilestoneDraft("Tests", null, null, 3), NOW);

        assertThat(proposed.number()).isEqualTo(11);
        assertThat(proposed.estimateHours()).isEqualTo(3);
        assertThat(lastLine(internship)).isEqualTo("proposed M11 Tests");
    }

    @Test
    void anEditChangesOnlyWhatTheDraftNames() {
        LocalDate due = LocalDate.parse("2026-12-01");

        Milestone edited =
                internship.planning().edit(MODERATOR, 10, new MilestoneDraft(null, "a diagram", due, null), NOW);

        assertThat(edited.title()).isEqualTo("Design");
        assertThat(edited.criteria()).isEqualTo("a diagram");
        assertThat(edited.due()).isEqualTo(due);
        assertThat(internship.milestone(10)).isEqualTo(edited);
        assertThat(lastLine(internship)).isEqualTo("edited M10 Design");
    }

    @Test
    void anEndedInternshipsPlanDoesNotChange() {
        internship.close(MODERATOR, "the client cancelled", NOW);

        assertThatThrownBy(() -> internship.planning().remove(MENTOR, 10, NOW)).hasMessageContaining("was closed");
        assertThatThrownBy(() ->
                        internship.planning().propose(INTERN, () -> 11, new MilestoneDraft("x", null, null, null), NOW))
                .hasMessageContaining("was closed");
        assertThat(internship.milestones()).hasSize(1);
    }
}
