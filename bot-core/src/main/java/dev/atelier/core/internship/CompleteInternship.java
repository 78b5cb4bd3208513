package dev.atelier.core.internship;

import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Requester;
import java.time.Clock;

/** The mentor (or a moderator) completes an internship once every milestone is approved. */
public final class CompleteInternship {

    private final InternshipAccess access;
    private final Clock clock;

    public CompleteInternship(InternshipAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    public Outcome execute(Requester requester, long number) {
        Internship internship = access.internship(requester, number);
        internship.complete(requester, clock.instant());
        internship = access.save(internship);
        Message news = Message.publicReply("🎉 Internship #" + internship.number() + " is complete: "
                + internship.data().intern().mention() + " delivered every milestone of *"
                + internship.data().taskTitle() + "*. Congratulations!").withTitle(Views.title(internship))
                .withFields(Views.people(internship));
        return Outcome.reply(Message.privateReply("🎉 Internship #" + internship.number() + " is complete."),
                Notices.workspace(internship, news));
    }
}
