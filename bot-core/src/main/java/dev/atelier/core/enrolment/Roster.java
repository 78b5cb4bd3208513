package dev.atelier.core.enrolment;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The members of one cohort with their roles, whether joining needs a moderator's approval, and
 * the cohort's tasks with their levels.
 */
public record Roster(
        String communityId,
        String cohortName,
        boolean approvalRequired,
        List<Enrollee> enrollees,
        List<CohortTask> tasks,
        Long version) {

    public static final int MAX_LEVEL = 5;

    public Roster {
        enrollees = List.copyOf(enrollees);
        tasks = List.copyOf(tasks);
    }

    /** A member in the cohort; {@code approved} is false while a join waits for a moderator. */
    public record Enrollee(Member member, Role role, boolean approved, Instant since) {}

    /** A task of the community used in this cohort, with its level (1–5). */
    /** A task open in the cohort, its level, and what it asks of an intern's portfolio (null: nothing). */
    public record CohortTask(long taskNumber, int level, Requirement requires) {

        public CohortTask(long taskNumber, int level) {
            this(taskNumber, level, null);
        }
    }

    public static Roster empty(String communityId, String cohortName) {
        return new Roster(communityId, cohortName, false, List.of(), List.of(), null);
    }

    public Optional<Enrollee> find(String memberId) {
        return enrollees.stream().filter(e -> e.member().id().equals(memberId)).findFirst();
    }

    public Roster enrol(Member member, Role role, boolean approved, Instant now) {
        find(member.id()).ifPresent(e -> {
            throw new Rejected(Text.builder()
                    .quiet(member)
                    .plain(" is already in " + cohortName + " as " + e.role().label()
                            + (e.approved() ? "" : " (waiting for approval)") + ". Leave first to change role.")
                    .build());
        });
        List<Enrollee> next = new ArrayList<>(enrollees);
        next.add(new Enrollee(member, role, approved, now));
        return with(approvalRequired, next, tasks);
    }

    public Roster remove(String memberId) {
        Enrollee e = find(memberId)
                .orElseThrow(() -> new Rejected(Text.builder()
                        .member(memberId)
                        .plain(" is not in " + cohortName + ".")
                        .build()));
        List<Enrollee> next = new ArrayList<>(enrollees);
        next.remove(e);
        return with(approvalRequired, next, tasks);
    }

    public Roster approve(String memberId) {
        Enrollee e = find(memberId)
                .orElseThrow(() -> new Rejected(Text.builder()
                        .member(memberId)
                        .plain(" has not asked to join " + cohortName + ".")
                        .build()));
        if (e.approved()) {
            throw new Rejected(Text.builder()
                    .quiet(e.member())
                    .plain(" is already approved in " + cohortName + ".")
                    .build());
        }
        List<Enrollee> next = new ArrayList<>(enrollees);
        next.set(next.indexOf(e), new Enrollee(e.member(), e.role(), true, e.since()));
        return with(approvalRequired, next, tasks);
    }

    public Roster requireApproval(boolean required) {
        return with(required, enrollees, tasks);
    }

    public Roster withTask(long taskNumber, int level) {
        return withTask(taskNumber, level, null);
    }

    public Roster withTask(long taskNumber, int level, Requirement requires) {
        if (level < 1 || level > MAX_LEVEL) {
            throw new Rejected("A task's level is 1 (first steps) to " + MAX_LEVEL + " (expert).");
        }
        List<CohortTask> next = new ArrayList<>(
                tasks.stream().filter(t -> t.taskNumber() != taskNumber).toList());
        next.add(new CohortTask(taskNumber, level, requires));
        return with(approvalRequired, enrollees, next);
    }

    /** Approved members in a role, in the order they joined. */
    public List<Enrollee> active(Role role) {
        return enrollees.stream().filter(e -> e.role() == role && e.approved()).toList();
    }

    private Roster with(boolean approval, List<Enrollee> members, List<CohortTask> cohortTasks) {
        return new Roster(communityId, cohortName, approval, members, cohortTasks, version);
    }
}
