package dev.atelier.app.dashboard;

import dev.atelier.app.dashboard.PairRisks.PairRisk;
import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.question.Question;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Everything the dashboard knows about one pair: the internship, its questions, check-ins, messages and risk. */
record PairFacts(
        Internship internship, List<Question> questions, Optional<Checkin> checkin, long messages, PairRisk risk) {

    long approved() {
        return internship.milestones().stream()
                .filter(m -> m.status() == MilestoneStatus.APPROVED)
                .count();
    }

    long planned() {
        return internship.milestones().stream()
                .filter(m -> m.status() != MilestoneStatus.PROPOSED)
                .count();
    }

    /** Approved of planned milestones, 0 to 100. */
    int progress() {
        return planned() == 0 ? 0 : (int) Math.round(100.0 * approved() / planned());
    }

    long openQuestions() {
        return questions.stream().filter(q -> q.status().waiting()).count();
    }

    /** Times from asking to the first reply, for the questions that got one. */
    List<Duration> replyTimes() {
        return questions.stream()
                .filter(q -> q.firstReplyAt() != null)
                .map(q -> Duration.between(q.data().askedAt(), q.firstReplyAt()))
                .sorted()
                .toList();
    }

    /** The median time to a first reply, or null when no question got one. */
    Duration medianReply() {
        List<Duration> sorted = replyTimes();
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }
}
