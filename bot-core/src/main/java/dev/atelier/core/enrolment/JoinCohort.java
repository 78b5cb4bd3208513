package dev.atelier.core.enrolment;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import java.time.Clock;

/**
 * A member joins a cohort as intern or mentor (waiting for approval where the cohort asks), or a moderator
 * adds them. A member whose profile lacks what the matching reads is told what to add.
 */
public final class JoinCohort {

    private final CohortRosters rosters;
    private final ProfileReminder gaps;
    private final Clock clock;

    public JoinCohort(CohortRosters rosters, ProfileReminder gaps, Clock clock) {
        this.rosters = rosters;
        this.gaps = gaps;
        this.clock = clock;
    }

    public record Command(Requester requester, String cohortName, Member member, Role role) {}

    public Outcome join(Command c) {
        Roster roster = rosters.open(c.requester().communityId(), c.cohortName());
        boolean approved = !roster.approvalRequired() || c.requester().moderator();
        rosters.save(roster.enrol(c.member(), c.role(), approved, clock.instant()));
        Message reply = approved
                ? Message.privateReply(Text.builder()
                        .plain("✅ You joined ")
                        .bold(roster.cohortName())
                        .plain(" as " + c.role().label() + ".")
                        .build())
                : Message.privateReply(Text.builder()
                        .plain("⏳ You asked to join ")
                        .bold(roster.cohortName())
                        .plain(" as " + c.role().label() + "; a moderator will approve it.")
                        .build());
        return Outcome.reply(
                gaps.remind(reply, c.requester().communityId(), c.member().id(), c.role() == Role.MENTOR));
    }

    public Outcome add(Command c) {
        Roster roster = rosters.open(c.requester().communityId(), c.cohortName());
        rosters.save(roster.enrol(c.member(), c.role(), true, clock.instant()));
        return Outcome.reply(Message.privateReply(Text.builder()
                .plain("✅ Added ")
                .quiet(c.member())
                .plain(" to ")
                .bold(roster.cohortName())
                .plain(" as " + c.role().label() + ".")
                .build()));
    }
}
