package dev.atelier.core.internship;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.LongSupplier;

/**
 * The plan of one internship as its pair shapes it: the mentor (or a moderator) adds, confirms, edits and
 * removes milestones, the intern proposes them. Part of the aggregate ({@link Internship#planning()}); only an
 * open internship changes its plan, and every change lands on the internship's timeline.
 */
public final class MilestonePlanning {

    private final Internship internship;

    MilestonePlanning(Internship internship) {
        this.internship = internship;
    }

    public Milestone add(Requester by, long number, String title, String criteria, LocalDate due, Instant at) {
        return add(by, () -> number, new MilestoneDraft(title, criteria, due, null), at);
    }

    /** The mentor or a moderator adds a milestone; its number is drawn only once it is accepted. */
    public Milestone add(Requester by, LongSupplier number, MilestoneDraft draft, Instant at) {
        internship.requirePlanner(by, "plan milestones");
        return added(by, internship.plan().add(number, draft, false), at);
    }

    /** The intern proposes a milestone; its number is drawn only once the proposal is accepted. */
    public Milestone propose(Requester by, LongSupplier number, MilestoneDraft draft, Instant at) {
        Parties.require(
                internship.isIntern(by),
                Text.builder()
                        .plain("Only the intern proposes milestones; the mentor adds them with ")
                        .command(CommandHint.of("milestone add"))
                        .plain(".")
                        .build());
        internship.lifecycle().requireOpen();
        return added(by, internship.plan().add(number, draft, true), at);
    }

    public Milestone confirm(Requester by, long number, Instant at) {
        internship.requirePlanner(by, "confirm proposed milestones");
        Milestone confirmed = internship.plan().get(number).confirmed();
        return internship.replace(confirmed, by, at, "confirmed " + confirmed.label());
    }

    /** The draft's null parts keep what the milestone has. */
    public Milestone edit(Requester by, long number, MilestoneDraft changes, Instant at) {
        internship.requirePlanner(by, "edit milestones");
        Milestone edited = internship
                .plan()
                .get(number)
                .edited(changes.title(), changes.criteria(), changes.due(), changes.estimate());
        return internship.replace(edited, by, at, "edited " + edited.label());
    }

    /** Removes a milestone nobody submitted to yet. */
    public Milestone remove(Requester by, long number, Instant at) {
        internship.requirePlanner(by, "remove milestones");
        Milestone removed = internship.plan().remove(number);
        internship.record(at, by, "removed " + removed.label());
        return removed;
    }

    private Milestone added(Requester by, Milestone m, Instant at) {
        internship.record(at, by, (m.status() == MilestoneStatus.PROPOSED ? "proposed " : "added ") + m.label());
        return m;
    }
}
