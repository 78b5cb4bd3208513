package dev.atelier.core.trajectory;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.enrolment.Requirement;
import dev.atelier.core.enrolment.Roster;
import dev.atelier.core.enrolment.RosterStore;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.task.Task;
import dev.atelier.core.task.TaskStore;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a member earned (completed internships with a final review and a credential not revoked, each with
 * its task's level in its cohort, level 1 when it had none, and its score) and which cohort tasks that opens.
 */
public final class Trajectory {

    private final InternshipStore internships;
    private final RosterStore rosters;
    private final CohortStore cohorts;
    private final TaskStore tasks;

    public Trajectory(InternshipStore internships, RosterStore rosters, CohortStore cohorts, TaskStore tasks) {
        this.internships = internships;
        this.rosters = rosters;
        this.cohorts = cohorts;
        this.tasks = tasks;
    }

    public List<Requirement.Earned> earned(String communityId, String memberId) {
        return internships.findByMember(communityId, memberId).stream()
                .filter(i -> i.data().intern().id().equals(memberId)
                        && i.status() == InternshipStatus.COMPLETED
                        && i.completion().review() != null
                        && (i.completion().credential() == null
                                || !i.completion().credential().revoked()))
                .map(i -> new Requirement.Earned(
                        i.number(),
                        i.data().taskTitle(),
                        levelOf(communityId, i),
                        i.completion().review().score()))
                .toList();
    }

    private int levelOf(String communityId, Internship i) {
        if (i.data().cohortName() == null) {
            return 1;
        }
        return rosters.find(communityId, i.data().cohortName())
                .flatMap(r -> r.tasks().stream()
                        .filter(t -> t.taskNumber() == i.data().taskNumber())
                        .findFirst())
                .map(Roster.CohortTask::level)
                .orElse(1);
    }

    /** {@code #1 Shop checkout (level 1, 8/10)}. */
    public static String describe(List<Requirement.Earned> earned) {
        return earned.stream()
                .map(e ->
                        "#" + e.internship() + " " + e.taskTitle() + " (level " + e.level() + ", " + e.score() + "/10)")
                .collect(Collectors.joining(", "));
    }

    /** The cohort tasks with a requirement the member's portfolio meets, in cohorts not closed. */
    public List<String> opens(String communityId, List<Requirement.Earned> earned) {
        List<String> lines = new ArrayList<>();
        for (Cohort c : cohorts.list(communityId)) {
            if (c.status() == dev.atelier.core.cohort.CohortStatus.CLOSED) {
                continue;
            }
            rosters.find(communityId, c.name())
                    .ifPresent(r -> r.tasks().stream()
                            .filter(t -> t.requires() != null && t.requires().metBy(earned))
                            .forEach(t -> lines.add("task #" + t.taskNumber() + " "
                                    + tasks.find(communityId, t.taskNumber())
                                            .map(Task::title)
                                            .orElse("") + " (level " + t.level() + ") in " + c.name())));
        }
        return lines;
    }
}
