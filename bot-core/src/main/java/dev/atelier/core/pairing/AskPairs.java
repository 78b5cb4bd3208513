package dev.atelier.core.pairing;

import dev.atelier.core.enrolment.CohortRosters;
import dev.atelier.core.matching.Proposal;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Plural;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.util.ArrayList;
import java.util.List;

/**
 * Two-sided acceptance: instead of starting the planned internships at once, a moderator asks
 * each intern and mentor; both get Accept and Decline buttons in a direct message. The first ask of a round also
 * tells everyone the round left out why and what happens next.
 */
public final class AskPairs {

    private final CohortRosters rosters;
    private final PlanStore plans;

    public AskPairs(CohortRosters rosters, PlanStore plans) {
        this.rosters = rosters;
        this.plans = plans;
    }

    public Outcome execute(Requester r, String cohortName) {
        String cohort = rosters.cohort(r.communityId(), cohortName).name();
        PairingPlan plan = plans.find(r.communityId(), cohort)
                .filter(p -> !p.pairs().isEmpty())
                .orElseThrow(() -> new Rejected(PairingReplies.previewFirst("ask", cohort)));
        List<Proposal.Pair> fresh = plan.pairs().stream()
                .filter(p -> !plan.asked().contains(p.internId()))
                .toList();
        if (fresh.isEmpty()) {
            throw new Rejected("Every pair of " + cohort + " has been asked already; they answer with the buttons.");
        }
        List<String> asked = new ArrayList<>(plan.asked());
        fresh.forEach(p -> asked.add(p.internId()));
        plans.save(plan.withAnswers(asked, plan.accepted(), plan.declined()));
        List<Notification> out = new ArrayList<>(invitations(cohort, fresh));
        boolean firstAsk = plan.asked().isEmpty();
        if (firstAsk) {
            out.addAll(LeftOutNotices.of(cohort, plan.leftOut()));
        }
        return Outcome.reply(
                Message.privateReply(Text.of("📨 Asked " + Plural.of(fresh.size(), "pair") + " in " + cohort
                        + " to accept. An internship starts when both accept; a decline finds the other person a new "
                        + "match."
                        + (firstAsk && !plan.leftOut().isEmpty()
                                ? " " + Plural.of(plan.leftOut().size(), "person", "people")
                                        + " left out of this round "
                                        + (plan.leftOut().size() == 1 ? "was" : "were")
                                        + " told why and what happens next."
                                : ""))),
                out);
    }

    /** Direct messages asking both sides of each pair, with Accept and Decline; each kept to show the answer. */
    static List<Notification> invitations(String cohort, List<Proposal.Pair> pairs) {
        List<Notification> out = new ArrayList<>();
        for (Proposal.Pair p : pairs) {
            for (String member : List.of(p.internId(), p.mentorId())) {
                out.add(Notification.to(Destination.direct(member), invitation(cohort, p, member))
                        .kept(Invitations.key(cohort, p, member)));
            }
        }
        return out;
    }

    /** What {@code member} is asked about {@code p}, with Accept and Decline. */
    static Message invitation(String cohort, Proposal.Pair p, String member) {
        String quoted = "\"" + cohort + "\"";
        List<Button> buttons = List.of(
                Button.of("Accept", ButtonStyle.SUCCESS, "pair accept " + quoted),
                Button.of("Decline", ButtonStyle.DANGER, "pair decline " + quoted));
        Text.Builder text = Text.builder().plain("🤝 In " + cohort + " you are proposed as ");
        if (member.equals(p.internId())) {
            text.plain("the intern of mentor ").quiet(p.mentorId(), p.mentorName());
        } else {
            text.plain("the mentor of ").quiet(p.internId(), p.internName());
        }
        if (p.taskNumber() != 0) {
            text.plain(" on task #" + p.taskNumber() + " ").user(p.taskTitle());
        }
        return Message.publicReply(text.plain(". Why: " + p.reasons() + ".").build())
                .withButtons(buttons);
    }
}
