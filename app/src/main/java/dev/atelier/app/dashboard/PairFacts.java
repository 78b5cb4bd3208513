package dev.atelier.app.dashboard;

import dev.atelier.app.dashboard.PairRisks.PairRisk;
import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.PairProgress;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionStats;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Everything the dashboard knows about one pair: the internship, its questions, check-ins, messages and risk. */
record PairFacts(
        Internship internship, List<Question> questions, Optional<Checkin> checkin, long messages, PairRisk risk) {

    /** Progress as chat counts it too: approved of planned milestones (see {@link PairProgress}). */
    PairProgress progressFigures() {
        return PairProgress.of(internship);
    }

    long approved() {
        return progressFigures().approved();
    }

    long planned() {
        return progressFigures().planned();
    }

    /** Approved of planned milestones, 0 to 100. */
    int progress() {
        return progressFigures().percent();
    }

    /** Milestones due before {@code today} and not approved. */
    long overdue(LocalDate today) {
        return PairProgress.of(internship, today).overdue();
    }

    long openQuestions() {
        return QuestionStats.of(questions).open();
    }

    /** Times from asking to the first reply, for the questions that got one. */
    List<Duration> replyTimes() {
        return QuestionStats.replyTimes(questions);
    }

    /** The median time to a first reply, or null when no question got one (as chat's {@code status} says). */
    Duration medianReply() {
        return QuestionStats.of(questions).medianFirstReply();
    }
}
