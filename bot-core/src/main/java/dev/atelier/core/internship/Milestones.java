package dev.atelier.core.internship;

import dev.atelier.core.shared.Rejected;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The milestones of one internship, part of its aggregate: adding within the limit, replacing one with its
 * changed state, removing, finding by number, and whether all are approved. Who may change them is the
 * aggregate's business.
 */
final class Milestones {

    private final long internship;
    private final List<Milestone> milestones;

    Milestones(long internship, List<Milestone> milestones) {
        this.internship = internship;
        this.milestones = new ArrayList<>(milestones);
    }

    /** Adds a planned (or proposed) milestone; its number is drawn only once it fits, so a refusal uses none. */
    Milestone add(LongSupplier number, MilestoneDraft draft, boolean proposed) {
        if (milestones.size() >= Internship.MAX_MILESTONES) {
            throw new Rejected("An internship has at most " + Internship.MAX_MILESTONES + " milestones.");
        }
        Milestone m = Milestone.planned(number.getAsLong(), draft, proposed);
        milestones.add(m);
        return m;
    }

    /** Puts {@code changed} in the place of the milestone with its number. */
    Milestone replace(Milestone changed) {
        milestones.replaceAll(m -> m.number() == changed.number() ? changed : m);
        return changed;
    }

    Milestone remove(long number) {
        Milestone m = get(number);
        m.requireRemovable();
        milestones.remove(m);
        return m;
    }

    Optional<Milestone> find(long number) {
        return milestones.stream().filter(m -> m.number() == number).findFirst();
    }

    Milestone get(long number) {
        return find(number)
                .orElseThrow(
                        () -> new Rejected("Milestone " + number + " is not part of internship #" + internship + "."));
    }

    boolean allApproved() {
        return !milestones.isEmpty() && milestones.stream().allMatch(m -> m.status() == MilestoneStatus.APPROVED);
    }

    /** Throws unless every milestone is approved (and there is at least one): what completing needs. */
    void requireAllApproved() {
        if (allApproved()) {
            return;
        }
        long open = milestones.stream()
                .filter(m -> m.status() != MilestoneStatus.APPROVED)
                .count();
        throw new Rejected(
                milestones.isEmpty()
                        ? "An internship completes when its milestones are approved; " + "it has none yet."
                        : (open == 1 ? "1 milestone is" : open + " milestones are")
                                + " not approved yet, so it cannot complete.");
    }

    List<Milestone> list() {
        return List.copyOf(milestones);
    }
}
