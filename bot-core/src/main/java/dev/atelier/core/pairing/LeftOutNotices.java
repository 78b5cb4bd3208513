package dev.atelier.core.pairing;

import dev.atelier.core.matching.Proposal;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Text;
import java.util.List;

/**
 * When a round's pairs are confirmed or first asked, everyone it left out is told why and what happens next, by DM.
 */
final class LeftOutNotices {

    private LeftOutNotices() {}

    static List<Notification> of(String cohort, List<Proposal.LeftOut> leftOut) {
        return leftOut.stream()
                .map(l -> Notification.to(
                        Destination.direct(l.memberId()),
                        new Message(
                                "Not paired this round — " + cohort,
                                "This pairing round of *" + cohort + "* left you out as "
                                        + l.role() + ": " + Text.typed(l.reason())
                                        + ". What happens next: you stay enrolled and the next round "
                                        + "(when a moderator previews pairs again) includes you; `profile set` (learning goals, expertise, "
                                        + "hours, capacity) or `pause end` can change the outcome, and a moderator can pair you by hand.",
                                List.of(),
                                List.of(),
                                false)))
                .toList();
    }
}
