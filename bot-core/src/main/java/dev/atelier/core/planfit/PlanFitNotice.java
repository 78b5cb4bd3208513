package dev.atelier.core.planfit;

import dev.atelier.core.community.Member;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * After a plan was made or changed: when it no longer fits the intern's week, the one who changed it reads
 * why in their reply, and the rest of the pair gets the same by DM (the intern "you have", the mentor
 * "alice has").
 */
public final class PlanFitNotice {

    private final CheckPlan check;
    private final InternshipStore internships;

    public PlanFitNotice(CheckPlan check, InternshipStore internships) {
        this.check = check;
        this.internships = internships;
    }

    /** After a change to internship {@code number}. */
    public Outcome afterInternship(Outcome done, Requester r, long number) {
        return internships
                .find(r.communityId(), number)
                .map(i -> after(done, r, i))
                .orElse(done);
    }

    /** After a change to milestone {@code milestone}. */
    public Outcome afterMilestone(Outcome done, Requester r, long milestone) {
        return internships
                .findByMilestone(r.communityId(), milestone)
                .map(i -> after(done, r, i))
                .orElse(done);
    }

    private Outcome after(Outcome done, Requester r, Internship i) {
        Optional<CheckPlan.Verdict> verdict = check.check(i);
        if (verdict.isEmpty() || done.reply() == null) {
            return done;
        }
        Member intern = i.data().intern();
        Text forIntern = verdict.get().text("you have");
        Text forOthers = verdict.get().text(intern.name() + " has");
        Message reply = done.reply();
        Message withFit = reply.withBody(Text.builder()
                .text(reply.body())
                .paragraph()
                .text(i.isIntern(r) ? forIntern : forOthers)
                .build());
        List<Notification> notices = new ArrayList<>(done.notifications());
        for (Member m : List.of(intern, i.data().mentor())) {
            if (!m.id().equals(r.memberId())) {
                notices.add(Notices.direct(
                        i,
                        m,
                        Message.publicReply(m.equals(intern) ? forIntern : forOthers)
                                .withTitle("⚠️ Plan of internship #" + i.number() + " does not fit")));
            }
        }
        return Outcome.reply(withFit, notices);
    }
}
