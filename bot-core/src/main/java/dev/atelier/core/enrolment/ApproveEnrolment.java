package dev.atelier.core.enrolment;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
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
        return Outcome.reply(Message.privateReply(Text.builder()
                .plain("✅ ")
                .quiet(member)
                .plain(" is now in ")
                .bold(roster.cohortName())
                .plain(" as " + roster.find(member.id()).orElseThrow().role().label() + ".")
                .build()));
    }

    public Outcome require(Requester r, String cohortName, boolean required) {
        Roster roster = rosters.open(r.communityId(), cohortName);
        rosters.save(roster.requireApproval(required));
        Text text = required
                ? Text.builder()
                        .plain("🔒 Joining ")
                        .bold(roster.cohortName())
                        .plain(" now needs a moderator's approval.")
                        .build()
                : Text.builder()
                        .plain("🔓 Anyone can join ")
                        .bold(roster.cohortName())
                        .plain(" now.")
                        .build();
        return Outcome.reply(Message.privateReply(text));
    }
}
