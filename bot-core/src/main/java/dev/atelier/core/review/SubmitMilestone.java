package dev.atelier.core.review;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.internship.Views;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Requester;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The intern hands in work for a milestone; the mentor gets it with Approve and Request changes buttons. */
public final class SubmitMilestone {

    private final InternshipAccess access;
    private final Clock clock;

    public SubmitMilestone(InternshipAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    public record Command(Requester requester, long milestone, URI link, String notes) {}

    public Outcome execute(Command c) {
        Internship internship = access.byMilestone(c.requester(), c.milestone());
        Milestone m = internship.submit(c.requester(), c.milestone(), c.link(), c.notes(), clock.instant());
        internship = access.save(internship);
        String where = internship.workspaceChannelId() == null ? "" : " in <#" + internship.workspaceChannelId() + ">";
        Message nudge = Message.publicReply("📥 " + c.requester().member().mention() + " submitted *" + m.label()
                + "* (internship #" + internship.number() + "). Review it" + where + " or with `review " + m.number()
                + " approve` / `review " + m.number() + " changes <feedback>`.");
        List<Notification> notices = new ArrayList<>(Notices.workspaceAndNudge(
                internship, Views.submission(internship, m), internship.data().mentor(), nudge));
        // the first is the card with the buttons: kept, so the review can update it
        notices.set(0, notices.get(0).kept(SubmissionCards.key(internship, m)));
        return Outcome.reply(
                Message.privateReply("📥 Submitted *" + m.label() + "*. Your mentor "
                        + internship.data().mentor().mention() + " has been told."),
                notices);
    }
}
