package dev.atelier.core.internship;

import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Requester;
import java.time.Clock;

/** A moderator withdraws an internship; it then accepts nothing. */
public final class WithdrawInternship {

    private final InternshipAccess access;
    private final Clock clock;

    public WithdrawInternship(InternshipAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    public Outcome execute(Requester requester, long number, String reason) {
        Internship internship = access.internship(requester, number);
        internship.withdraw(requester, reason, clock.instant());
        internship = access.save(internship);
        String why = " Reason: " + reason;
        Message notice = Message.publicReply("⏹️ " + requester.member().mention() + " withdrew internship #"
                        + internship.number() + "." + why)
                .withTitle(Views.title(internship));
        return Outcome.reply(
                Message.privateReply("Internship #" + internship.number() + " is withdrawn." + why),
                Notices.workspace(internship, notice));
    }
}
