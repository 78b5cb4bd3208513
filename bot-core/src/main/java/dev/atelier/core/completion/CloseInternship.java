package dev.atelier.core.completion;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.internship.Views;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Requester;
import java.time.Clock;

/** A moderator closes an internship that will not complete, with a reason; no credential is issued. */
public final class CloseInternship {

    private final InternshipAccess access;
    private final Clock clock;

    public CloseInternship(InternshipAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    public Outcome execute(Requester requester, long number, String reason) {
        Internship internship = access.internship(requester, number);
        internship.close(requester, reason, clock.instant());
        internship = access.save(internship);
        Message notice = Message.publicReply("⏹️ " + requester.member().mention() + " closed internship #"
                        + internship.number() + ". Reason: " + reason)
                .withTitle(Views.title(internship));
        return Outcome.reply(
                Message.privateReply("Internship #" + internship.number() + " is closed. Reason: " + reason),
                Notices.workspace(internship, notice));
    }
}
