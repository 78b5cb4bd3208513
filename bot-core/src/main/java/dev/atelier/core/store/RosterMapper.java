package dev.atelier.core.store;

import dev.atelier.core.enrolment.Requirement;
import dev.atelier.core.enrolment.Role;
import dev.atelier.core.enrolment.Roster;
import java.util.List;
import java.util.Locale;

/** Between a roster and its storage document, field by field. */
final class RosterMapper {

    private RosterMapper() {}

    static String id(String communityId, String cohortName) {
        return communityId + "/" + cohortName.strip().toLowerCase(Locale.ROOT);
    }

    static RosterDocument toDocument(Roster r) {
        return new RosterDocument(
                id(r.communityId(), r.cohortName()),
                r.version(),
                r.communityId(),
                r.cohortName(),
                r.approvalRequired(),
                r.enrollees().stream()
                        .map(e -> new RosterDocument.EnrolleeDocument(
                                MemberDocument.of(e.member()), e.role().name(), e.approved(), e.since()))
                        .toList(),
                r.tasks().stream()
                        .map(t -> new RosterDocument.CohortTaskDocument(
                                t.taskNumber(), t.level(), requirement(t.requires())))
                        .toList());
    }

    static Roster toRoster(RosterDocument d) {
        return new Roster(
                d.communityId(),
                d.cohortName(),
                d.approvalRequired(),
                orEmpty(d.enrollees()).stream()
                        .map(e -> new Roster.Enrollee(
                                e.member().toMember(), Role.valueOf(e.role()), e.approved(), e.since()))
                        .toList(),
                orEmpty(d.tasks()).stream()
                        .map(t -> new Roster.CohortTask(t.taskNumber(), t.level(), requirement(t.requires())))
                        .toList(),
                d.version());
    }

    private static RosterDocument.RequirementDocument requirement(Requirement r) {
        return r == null ? null : new RosterDocument.RequirementDocument(r.count(), r.level(), r.minScore());
    }

    private static Requirement requirement(RosterDocument.RequirementDocument r) {
        return r == null ? null : new Requirement(r.count(), r.level(), r.minScore());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
