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
                        Message.publicReply(Text.builder()
                                        .plain("This pairing round of ")
                                        .bold(cohort)
                                        .plain(" left you out as " + l.role() + ": ")
                                        .user(l.reason())
                                        .plain(". You stay enrolled and the next round includes you; ")
                                        .command("profile set")
                                        .plain(" or ")
                                        .command("pause end")
                                        .plain(" can change the outcome, and a moderator can pair you by hand.")
                                        .build())
                                .withTitle("Not paired this round · " + cohort)))
                .toList();
    }
}
