package dev.atelier.core.clock.stall;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.cohort.NoSuchCohort;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Plural;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A moderator lists a cohort's pairs by risk: the reason, the last activity and the missed check-ins. */
public final class ShowCohortHealth {

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final CohortStore cohorts;
    private final CohortHealth health;

    public ShowCohortHealth(CohortStore cohorts, CohortHealth health) {
        this.cohorts = cohorts;
        this.health = health;
    }

    public Outcome execute(Requester requester, String cohortName) {
        if (!requester.moderator()) {
            throw new Rejected("Only moderators see a cohort's health.");
        }
        Cohort cohort =
                cohorts.find(requester.communityId(), cohortName).orElseThrow(() -> new NoSuchCohort(cohortName));
        List<PairHealth> pairs = health.pairs(requester.communityId(), cohort.name());
        if (pairs.isEmpty()) {
            return Outcome.reply(Message.privateReply(Text.builder()
                    .plain("🩺 ")
                    .bold(cohort.name())
                    .plain(" has no active pairs.")
                    .build()));
        }
        long atRisk = pairs.stream().filter(PairHealth::atRisk).count();
        return Outcome.reply(Message.privateReply(Text.builder()
                .plain("🩺 ")
                .bold(cohort.name())
                .plain(": " + Plural.of(pairs.size(), "active pair") + ", " + atRisk + " at risk.")
                .text(Text.list(pairs.stream().map(ShowCohortHealth::line).toList()))
                .build()));
    }

    private static Text line(PairHealth p) {
        String risk =
                p.atRisk() ? "⚠️ at risk since " + SHOWN.format(p.flaggedAt()) + " UTC: " + p.reason() : "✅ on track";
        return Text.builder()
                .plain("#" + p.internship() + " ")
                .member(p.internId())
                .plain(" with ")
                .member(p.mentorId())
                .plain(" — " + risk + " · last activity " + SHOWN.format(p.lastActivity()) + " UTC" + missed(p))
                .build();
    }

    /** Check-ins missed in a row, when there are any the reason does not already count. */
    private static String missed(PairHealth p) {
        return p.missedInRow() == 0 || (p.atRisk() && StallRule.countsMissedCheckins(p.reason()))
                ? ""
                : " · " + Plural.of(p.missedInRow(), "check-in") + " missed in a row";
    }
}
