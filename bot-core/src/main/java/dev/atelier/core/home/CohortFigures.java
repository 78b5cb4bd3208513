package dev.atelier.core.home;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStatus;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.Text;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionStore;
import dev.atelier.core.shared.Plural;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A moderator's per-cohort figures: active internships, questions waiting for a reply and the oldest wait. */
public final class CohortFigures {

    private static final int WAITING_SCANNED = 500;

    private final CohortStore cohorts;
    private final InternshipStore internships;
    private final QuestionStore questions;
    private final Clock clock;

    public CohortFigures(CohortStore cohorts, InternshipStore internships, QuestionStore questions, Clock clock) {
        this.cohorts = cohorts;
        this.internships = internships;
        this.questions = questions;
        this.clock = clock;
    }

    public List<Text> lines(String communityId) {
        List<Question> waiting = questions.waitingIn(communityId, WAITING_SCANNED);
        List<Text> lines = new ArrayList<>();
        List<Cohort> all = cohorts.list(communityId);
        for (Cohort cohort : all) {
            if (cohort.status() == CohortStatus.CLOSED) {
                continue;
            }
            long active = internships.findByCohort(communityId, cohort.name()).stream()
                    .filter(i -> i.status() == InternshipStatus.ACTIVE)
                    .count();
            List<Question> mine = waiting.stream()
                    .filter(q -> cohort.name().equals(q.data().cohortName()))
                    .toList();
            String oldest = mine.isEmpty() ? "" : " (oldest " + hours(mine.get(0)) + " h)";
            lines.add(Text.builder()
                    .bold(cohort.name())
                    .plain(": " + Plural.of(active, "active internship") + " · " + Plural.of(mine.size(), "question")
                            + " waiting" + oldest)
                    .build());
        }
        long outside = waiting.stream()
                .filter(q -> all.stream()
                        .noneMatch(c -> Objects.equals(c.name(), q.data().cohortName())))
                .count();
        if (outside > 0) {
            lines.add(Text.of("Outside cohorts: " + Plural.of(outside, "question") + " waiting"));
        }
        return lines;
    }

    private long hours(Question q) {
        return Duration.between(q.data().askedAt(), clock.instant()).toHours();
    }
}
