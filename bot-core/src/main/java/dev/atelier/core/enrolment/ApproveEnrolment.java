package dev.atelier.core.enrolment;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Requester;

/** A moderator decides whether joining a cohort needs approval, and approves those who asked. */
public final class ApproveEnrolment {

    private final CohortRosters rosters;

    public ApproveEnrolment(CohortRosters rosters) {
        this.rosters = rosters;
    }

    public Outcome approve(Requester r, String cohortName, Member member) {
        Roster roster = rosters.roster(r.communityId(), cohortName);
        rosters.save(roster.approve(member.id()));
        return Outcome.reply(Message.privateReply("✅ " + member.mention() + " is now in *" + roster.cohortName()
                + "* as " + roster.find(member.id()).orElseThrow().role().label() + "."));
    }

    public Outcome require(Requester r, String cohortName, boolean required) {
        Roster roster = rosters.open(r.communityId(), cohortName);
        rosters.save(roster.requireApproval(required));
        return Outcome.reply(Message.privateReply(
                required
                        ? "🔒 Joining *" + roster.cohortName() + "* now needs a moderator's approval."
                        : "🔓 Anyone can join *" + roster.cohortName() + "* now."));
    }
}
