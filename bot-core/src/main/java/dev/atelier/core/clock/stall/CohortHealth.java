package dev.atelier.core.clock.stall;

import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.checkin.CheckinStore;
import dev.atelier.core.conversation.ConversationStore;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.question.QuestionStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read model: the active pairs of one cohort of one community, flagged ones first (longest flagged
 * first), then the rest by last activity, oldest first. Public so other features (a dashboard) read the
 * same figures as {@code cohort health}.
 */
public final class CohortHealth {

    private final InternshipStore internships;
    private final CheckinStore checkins;
    private final QuestionStore questions;
    private final ConversationStore conversations;
    private final HealthStore health;

    public CohortHealth(
            InternshipStore internships,
            CheckinStore checkins,
            QuestionStore questions,
            ConversationStore conversations,
            HealthStore health) {
        this.internships = internships;
        this.checkins = checkins;
        this.questions = questions;
        this.conversations = conversations;
        this.health = health;
    }

    public List<PairHealth> pairs(String communityId, String cohortName) {
        List<Internship> active = internships.findByCohort(communityId, cohortName).stream()
                .filter(i -> i.status() == InternshipStatus.ACTIVE)
                .toList();
        Map<Long, Flag> flags =
                health.of(communityId, active.stream().map(Internship::number).toList());
        return active.stream()
                .map(i -> pair(communityId, i, flags.get(i.number())))
                .sorted(Comparator.comparing((PairHealth p) -> !p.atRisk())
                        .thenComparing(p -> p.atRisk() ? p.flaggedAt() : p.lastActivity())
                        .thenComparing(PairHealth::internship))
                .toList();
    }

    private PairHealth pair(String communityId, Internship i, Flag flag) {
        Optional<Checkin> checkin = checkins.find(communityId, i.number());
        boolean atRisk = flag != null && flag.atRisk();
        return new PairHealth(
                i.number(),
                i.data().intern().id(),
                i.data().mentor().id(),
                atRisk,
                atRisk ? flag.reason() : null,
                atRisk ? flag.flaggedAt() : null,
                Activity.last(
                        i,
                        checkin,
                        questions.ofInternship(communityId, i.number()),
                        conversations.lastMessageAt(communityId, i.number())),
                checkin.map(Checkin::missedInRow).orElse(0),
                i.data().taskTitle());
    }
}
