package dev.atelier.core.completion;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.MentorshipRating;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Clock;

/** The intern rates the mentorship after completion; only moderators see the rating. */
public final class RateMentorship {

    private final InternshipAccess access;
    private final Clock clock;

    public RateMentorship(InternshipAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    public record Command(Requester requester, long internship, Long rating, String comment) {

        public Command {
            if (rating == null || rating < 1 || rating > 5) {
                throw new Rejected("Rate the mentorship with a whole number from 1 to 5.");
            }
        }
    }

    public void check(Requester requester, long number) {
        access.internship(requester, number).afterCompletion().checkRatable(requester);
    }

    public Outcome execute(Command c) {
        Internship internship = access.internship(c.requester(), c.internship());
        internship
                .afterCompletion()
                .rate(c.requester(), new MentorshipRating(c.rating().intValue(), c.comment(), clock.instant()));
        access.save(internship);
        return Outcome.reply(Message.privateReply(
                Text.of("🙏 Thank you. Your rating helps moderators support mentors; only they see it.")));
    }
}
