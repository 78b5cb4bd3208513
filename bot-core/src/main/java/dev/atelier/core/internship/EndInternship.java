package dev.atelier.core.internship;

import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.util.List;

/**
 * A moderator ends an internship that will not complete, with a reason: withdrawing it (the pair
 * stopped) or closing it (the work ended); either way it then accepts nothing and no credential is
 * issued.
 */
public final class EndInternship {

    /** How it ends, and the words the replies use. */
    public enum Ending {
        WITHDRAW("withdrew", "withdrawn"),
        CLOSE("closed", "closed");

        private final String done;
        private final String state;

        Ending(String done, String state) {
            this.done = done;
            this.state = state;
        }
    }

    private final InternshipAccess access;
    private final Clock clock;

    public EndInternship(InternshipAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    public Outcome execute(Requester requester, long number, String reason, Ending ending) {
        Internship internship = access.internship(requester, number);
        if (ending == Ending.WITHDRAW) {
            internship.withdraw(requester, reason, clock.instant());
        } else {
            internship.close(requester, reason, clock.instant());
        }
        internship = access.save(internship);
        List<Field> why = List.of(Field.wide("Reason", Text.user(reason)));
        Message notice = Message.publicReply(Text.builder()
                        .plain("⏹️ ")
                        .quiet(requester.member())
                        .plain(" " + ending.done + " internship #" + internship.number() + ".")
                        .build())
                .withTitle(Views.title(internship))
                .withFields(why);
        return Outcome.reply(
                Message.privateReply(Text.of("Internship #" + internship.number() + " is " + ending.state + "."))
                        .withFields(why),
                Notices.workspace(internship, notice, requester.member()));
    }
}
