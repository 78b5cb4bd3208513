package dev.atelier.core.enrolment;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;

/** A member leaves a cohort; a moderator may remove anyone. Internships already started go on. */
public final class LeaveCohort {

    private final CohortRosters rosters;

    public LeaveCohort(CohortRosters rosters) {
        this.rosters = rosters;
    }

    public Outcome execute(Requester r, String cohortName, Member member) {
        Member who = member == null ? r.member() : member;
        boolean self = who.id().equals(r.memberId());
        if (!self && !r.moderator()) {
            throw new Rejected("Only moderators can remove someone else from a cohort.");
        }
        Roster roster = rosters.roster(r.communityId(), cohortName);
        rosters.save(roster.remove(who.id()));
        Text.Builder text = self
                ? Text.builder().plain("👋 You left ")
                : Text.builder().plain("👋 Removed ").quiet(who).plain(" from ");
        return Outcome.reply(
                Message.privateReply(text.bold(roster.cohortName()).plain(".").build()));
    }
}
