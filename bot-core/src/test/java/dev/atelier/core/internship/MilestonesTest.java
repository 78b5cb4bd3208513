package dev.atelier.core.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MilestonesTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final MilestoneDraft DESIGN = new MilestoneDraft("Design", "a sketch", null, 4);

    @Test
    void aFullPlanRefusesAnotherMilestoneWithoutDrawingANumber() {
        List<Milestone> full = new ArrayList<>();
        for (long n = 1; n <= Internship.MAX_MILESTONES; n++) {
            full.add(Milestone.planned(n, DESIGN, false));
        }
        Milestones milestones = new Milestones(7, full);
        AtomicLong drawn = new AtomicLong();

        assertThatThrownBy(() -> milestones.add(drawn::incrementAndGet, DESIGN, false))
                .hasMessage("An internship has at most 25 milestones.");
        assertThat(drawn).hasValue(0);
    }

    @Test
    void aDraftBecomesAPlannedOrProposedMilestoneWithItsEstimate() {
        Milestones milestones = new Milestones(7, List.of());

        Milestone planned = milestones.add(() -> 3, DESIGN, false);
        Milestone proposed = milestones.add(() -> 4, new MilestoneDraft("Tests", null, null, null), true);

        assertThat(planned.status()).isEqualTo(MilestoneStatus.PLANNED);
        assertThat(planned.estimateHours()).isEqualTo(4);
        assertThat(planned.criteria()).isEqualTo("a sketch");
        assertThat(proposed.status()).isEqualTo(MilestoneStatus.PROPOSED);
        assertThat(milestones.list()).extracting(Milestone::number).containsExactly(3L, 4L);
    }

    @Test
    void aMissingNumberIsRefusedWithTheInternshipsNumber() {
        Milestones milestones = new Milestones(7, List.of());

        assertThat(milestones.find(3)).isEmpty();
        assertThatThrownBy(() -> milestones.get(3)).hasMessage("Milestone 3 is not part of internship #7.");
    }

    @Test
    void aReplacedMilestoneKeepsItsPlace() {
        Milestones milestones = new Milestones(7, List.of());
        milestones.add(() -> 1, DESIGN, false);
        milestones.add(() -> 2, DESIGN, false);

        milestones.replace(milestones.get(1).started());

        assertThat(milestones.list())
                .extracting(Milestone::status)
                .containsExactly(MilestoneStatus.IN_PROGRESS, MilestoneStatus.PLANNED);
    }

    @Test
    void completingNeedsEveryMilestoneApprovedAndSaysHowManyAreNot() {
        Milestones none = new Milestones(7, List.of());
        assertThat(none.allApproved()).isFalse();
        assertThatThrownBy(none::requireAllApproved).hasMessageContaining("it has none yet");

        Milestones two = new Milestones(7, List.of());
        two.add(() -> 1, DESIGN, false);
        two.add(() -> 2, DESIGN, false);
        assertThatThrownBy(two::requireAllApproved).hasMessageContaining("2 milestones are not approved yet");

        two.replace(approved(two.get(1)));
        assertThatThrownBy(two::requireAllApproved).hasMessageContaining("1 milestone is not approved yet");

        two.replace(approved(two.get(2)));
        assertThat(two.allApproved()).isTrue();
        two.requireAllApproved();
    }

    @Test
    void onlyAMilestoneWithoutSubmissionsIsRemoved() {
        Milestones milestones = new Milestones(7, List.of());
        milestones.add(() -> 1, DESIGN, false);
        milestones.replace(milestones.get(1).submitted(new Submission(null, "notes", "alice", NOW)));

        assertThatThrownBy(() -> milestones.remove(1)).hasMessageContaining("already has submissions");
        assertThat(milestones.list()).hasSize(1);
    }

    static Milestone approved(Milestone m) {
        return m.submitted(new Submission(null, null, "alice", NOW))
                .reviewed(new Review(Verdict.APPROVE, null, "bob", NOW));
    }
}
