package dev.atelier.core.milestone;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Views;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import java.util.List;

/** Lists the milestones of one internship, or of each active internship the requester is in. */
public final class ListMilestones {

    private final InternshipAccess access;
    private final InternshipStore store;

    public ListMilestones(InternshipAccess access, InternshipStore store) {
        this.access = access;
        this.store = store;
    }

    public Outcome execute(Requester requester, Long internship) {
        if (internship != null) {
            return Outcome.reply(Views.plan(access.internship(requester, internship)));
        }
        List<Internship> mine = store.findByMember(requester.communityId(), requester.memberId()).stream()
                .filter(i -> i.status() == InternshipStatus.ACTIVE)
                .toList();
        if (mine.isEmpty()) {
            return Outcome.reply(Message.privateReply(Text.builder()
                    .plain("You have no active internship. Name one: ")
                    .command(CommandHint.of("milestone list").placeholder("internship"))
                    .plain(".")
                    .build()));
        }
        if (mine.size() == 1) {
            return Outcome.reply(Views.plan(mine.get(0)));
        }
        Text.Builder text = Text.builder();
        for (Internship i : mine) {
            if (!text.isEmpty()) {
                text.line();
            }
            text.bold(Views.title(i));
            i.milestones().forEach(m -> text.item(Views.line(m)));
            if (i.milestones().isEmpty()) {
                text.line().plain("no milestones yet");
            }
        }
        return Outcome.reply(Message.privateReply(text.build()).withTitle("Your milestones"));
    }
}
