package dev.atelier.app.dashboard;

import dev.atelier.core.checkin.Checkin;
import dev.atelier.core.dashboard.DashboardReads;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.TimelineEvent;
import dev.atelier.core.question.Question;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Risk from what the core stores today: an active pair that missed two check-ins in a row is at
 * risk; last activity is the latest timeline event, check-in answer, question or first reply.
 */
final class CheckinPairRisks implements PairRisks {

    static final int MISSED_AT_RISK = 2;

    private final DashboardReads reads;

    CheckinPairRisks(DashboardReads reads) {
        this.reads = reads;
    }

    @Override
    public Map<Long, PairRisk> cohort(String communityId, String cohortName) {
        Map<Long, PairRisk> risks = new LinkedHashMap<>();
        for (Internship i : reads.internships().findByCohort(communityId, cohortName)) {
            risks.put(i.number(), of(communityId, i));
        }
        return risks;
    }

    private PairRisk of(String communityId, Internship i) {
        Optional<Checkin> checkin = reads.checkins().find(communityId, i.number());
        int missed = checkin.map(Checkin::missedInRow).orElse(0);
        boolean atRisk = i.status() == InternshipStatus.ACTIVE && missed >= MISSED_AT_RISK;
        String reason = atRisk ? "missed " + missed + " check-ins in a row" : "";
        Stream<Instant> answers = checkin.map(Checkin::prompt).filter(p -> p.answer() != null)
                .map(p -> p.answer().at()).stream();
        Stream<Instant> questions = reads.questions().ofInternship(communityId, i.number()).stream()
                .flatMap(q -> Stream.of(q.data().askedAt(), firstReply(q)));
        Instant last = Stream.of(i.timeline().stream().map(TimelineEvent::at), answers, questions)
                .flatMap(s -> s).filter(Objects::nonNull).max(Instant::compareTo).orElse(i.data().createdAt());
        return new PairRisk(i.number(), atRisk, reason, last, missed);
    }

    private static Instant firstReply(Question q) {
        return q.firstReplyAt();
    }
}
