package dev.atelier.core.milestone;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneDraft;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Changes one milestone of a plan: confirm a proposal, start it, edit it or remove it. Each is a
 * one-line rule of the aggregate; this class loads, applies, saves and tells the workspace.
 */
public final class ChangeMilestone {

    private final InternshipAccess access;
    private final Clock clock;

    public ChangeMilestone(InternshipAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    public Outcome confirm(Requester r, long milestone) {
        Internship i = access.byMilestone(r, milestone);
        return done(r, i, i.planning().confirm(r, milestone, clock.instant()), "confirmed");
    }

    public Outcome start(Requester r, long milestone) {
        Internship i = access.byMilestone(r, milestone);
        return done(r, i, i.startMilestone(r, milestone, clock.instant()), "started");
    }

    public Outcome edit(Requester r, long milestone, String title, String criteria, LocalDate due) {
        return edit(r, milestone, title, criteria, due, null);
    }

    /** With a new estimate in hours (null keeps it). */
    public Outcome edit(Requester r, long milestone, String title, String criteria, LocalDate due, Long estimate) {
        Internship i = access.byMilestone(r, milestone);
        String newTitle = title == null ? null : MilestonePlan.title(title);
        return done(
                r,
                i,
                i.planning()
                        .edit(
                                r,
                                milestone,
                                new MilestoneDraft(
                                        newTitle,
                                        criteria,
                                        MilestonePlan.due(due, clock),
                                        MilestonePlan.estimate(estimate)),
                                clock.instant()),
                "edited");
    }

    public Outcome remove(Requester r, long milestone) {
        Internship i = access.byMilestone(r, milestone);
        return done(r, i, i.planning().remove(r, milestone, clock.instant()), "removed");
    }

    private Outcome done(Requester r, Internship changed, Milestone m, String verb) {
        return MilestoneReplies.changed(new MilestoneReplies.Changed(access.save(changed), m, r.member(), verb));
    }
}
