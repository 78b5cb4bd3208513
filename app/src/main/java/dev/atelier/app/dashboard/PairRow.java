package dev.atelier.app.dashboard;

import dev.atelier.core.internship.InternshipData;
import dev.atelier.core.internship.InternshipStatus;
import java.time.Instant;
import java.util.Locale;

/** One line of a cohort's table of pairs, ready to show (times in the viewer's zone); {@code state} is its risk or status. */
record PairRow(
        long number,
        String href,
        String intern,
        String mentor,
        String task,
        String status,
        long approved,
        long planned,
        int progress,
        Instant lastActivityAt,
        String lastActivity,
        long questions,
        long openQuestions,
        long messages,
        int missedInRow,
        boolean atRisk,
        String reason,
        String state) {

    static PairRow of(PairFacts f, ViewerZone zone) {
        InternshipData d = f.internship().data();
        return new PairRow(
                d.number(),
                Links.pair(d.number()),
                d.intern().name(),
                d.mentor().name(),
                d.taskTitle(),
                f.internship().status().name().toLowerCase(Locale.ROOT),
                f.approved(),
                f.planned(),
                f.progress(),
                f.risk().lastActivity(),
                zone.format(f.risk().lastActivity()),
                f.questions().size(),
                f.openQuestions(),
                f.messages(),
                f.risk().missedInRow(),
                f.risk().atRisk(),
                f.risk().reason(),
                state(f));
    }

    /** At risk (with the reason), on track, or for a pair no longer active its status: never "on track". */
    static String state(PairFacts f) {
        if (f.risk().atRisk()) {
            return "At risk: " + f.risk().reason();
        }
        return f.internship().status() == InternshipStatus.ACTIVE
                ? "on track"
                : f.internship().status().name().toLowerCase(java.util.Locale.ROOT);
    }
}
