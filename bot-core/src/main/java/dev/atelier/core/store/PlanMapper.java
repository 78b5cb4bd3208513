package dev.atelier.core.store;

import dev.atelier.core.matching.Proposal;
import dev.atelier.core.pairing.PairingPlan;
import java.util.List;

/** Between a pairing plan and its storage document, field by field. */
final class PlanMapper {

    private PlanMapper() {}

    static PlanDocument toDocument(PairingPlan p) {
        return new PlanDocument(
                MongoRosterStore.id(p.communityId(), p.cohortName()),
                p.version(),
                p.communityId(),
                p.cohortName(),
                p.pairs().stream()
                        .map(x -> new PlanDocument.PairDocument(
                                x.internId(),
                                x.internName(),
                                x.mentorId(),
                                x.mentorName(),
                                x.taskNumber(),
                                x.taskTitle(),
                                x.score(),
                                x.reasons()))
                        .toList(),
                p.leftOut().stream()
                        .map(l -> new PlanDocument.LeftOutDocument(l.memberId(), l.name(), l.role(), l.reason()))
                        .toList(),
                p.alreadyPaired(),
                p.asked(),
                p.accepted(),
                p.declined(),
                p.createdAt());
    }

    static PairingPlan toPlan(PlanDocument d) {
        return new PairingPlan(
                d.communityId(),
                d.cohortName(),
                orEmpty(d.pairs()).stream()
                        .map(x -> new Proposal.Pair(
                                x.internId(),
                                x.internName(),
                                x.mentorId(),
                                x.mentorName(),
                                x.taskNumber(),
                                x.taskTitle(),
                                x.score(),
                                x.reasons()))
                        .toList(),
                orEmpty(d.leftOut()).stream()
                        .map(l -> new Proposal.LeftOut(l.memberId(), l.name(), l.role(), l.reason()))
                        .toList(),
                orEmpty(d.alreadyPaired()),
                orEmpty(d.asked()),
                orEmpty(d.accepted()),
                orEmpty(d.declined()),
                d.createdAt(),
                d.version());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
