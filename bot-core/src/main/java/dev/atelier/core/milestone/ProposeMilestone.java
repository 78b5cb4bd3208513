package dev.atelier.core.milestone;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.internship.Views;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import java.time.Clock;
import java.util.List;

/** The intern proposes a milestone; it counts once the mentor confirms it. */
public final class ProposeMilestone {

    private final InternshipAccess access;
    private final InternshipStore store;
    private final Clock clock;

    public ProposeMilestone(InternshipAccess access, InternshipStore store, Clock clock) {
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    public Outcome execute(AddMilestone.Command c) {
        Internship internship = access.internship(c.requester(), c.internship());
        Milestone proposed = internship.proposeMilestone(
                c.requester(),
                () -> store.nextMilestoneNumber(c.requester().communityId()),
                MilestonePlan.title(c.title()),
                c.criteria(),
                MilestonePlan.due(c.due(), clock),
                MilestonePlan.estimate(c.estimate()),
                clock.instant());
        internship = access.save(internship);
        Message post = Message.publicReply(
                        "💡 " + c.requester().member().mention() + " proposes a milestone:\n" + Views.line(proposed)
                                + (proposed.criteria() == null ? "" : "\nCriteria: " + proposed.criteria()))
                .withTitle(Views.title(internship))
                .withButtons(
                        List.of(Button.of("Confirm", ButtonStyle.PRIMARY, "milestone confirm " + proposed.number())));
        Message nudge = Message.publicReply("💡 " + c.requester().member().mention() + " proposed *" + proposed.label()
                + "* in internship #" + internship.number() + ". Confirm it with `milestone confirm "
                + proposed.number() + "`.");
        return Outcome.reply(
                Message.privateReply("💡 Proposed *" + proposed.label() + "*. Your mentor will confirm it."),
                Notices.workspaceAndNudge(internship, post, internship.data().mentor(), nudge));
    }
}
