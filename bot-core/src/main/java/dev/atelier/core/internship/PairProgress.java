package dev.atelier.core.internship;

import java.time.LocalDate;

/**
 * The progress of one pair, counted one way for chat and the dashboard alike: approved milestones
 * of the planned ones (proposals not yet confirmed do not count), how many are overdue (due before
 * today and not approved), and the internship's status.
 */
public record PairProgress(long approved, long planned, long overdue, InternshipStatus status) {

    /** Progress without overdue milestones (no date to compare with). */
    public static PairProgress of(Internship i) {
        return of(i, null);
    }

    /** Progress on {@code today}: milestones due before it and not approved are overdue. */
    public static PairProgress of(Internship i, LocalDate today) {
        long approved = 0;
        long planned = 0;
        long overdue = 0;
        for (Milestone m : i.milestones()) {
            if (m.status() == MilestoneStatus.PROPOSED) {
                continue;
            }
            planned++;
            if (m.status() == MilestoneStatus.APPROVED) {
                approved++;
            } else if (today != null && m.due() != null && m.due().isBefore(today)) {
                overdue++;
            }
        }
        return new PairProgress(approved, planned, overdue, i.status());
    }

    /** Approved of planned milestones, 0 to 100. */
    public int percent() {
        return planned == 0 ? 0 : (int) Math.round(100.0 * approved / planned);
    }

    /** {@code 2 of 3 milestones approved}, {@code no milestones planned yet}. */
    public String summary() {
        if (planned == 0) {
            return "no milestones planned yet";
        }
        String approvedOf = approved + " of " + planned + (planned == 1 ? " milestone" : " milestones") + " approved";
        return overdue == 0 ? approvedOf : approvedOf + " · " + overdue + " overdue";
    }

    /** Whether the pair still works (active); a withdrawn, closed or completed pair is never "on track". */
    public boolean active() {
        return status == InternshipStatus.ACTIVE;
    }
}
