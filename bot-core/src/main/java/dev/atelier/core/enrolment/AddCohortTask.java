package dev.atelier.core.enrolment;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import dev.atelier.core.task.NoSuchTask;
import dev.atelier.core.task.Task;
import dev.atelier.core.task.TaskStore;

/** A moderator puts a task into a cohort with a level, so matching can hand it to a pair. */
public final class AddCohortTask {

    private final CohortRosters rosters;
    private final TaskStore tasks;

    public AddCohortTask(CohortRosters rosters, TaskStore tasks) {
        this.rosters = rosters;
        this.tasks = tasks;
    }

    public Outcome execute(Requester r, String cohortName, long taskNumber, Long level) {
        return execute(r, cohortName, taskNumber, level, null);
    }

    /** With what the task requires of an intern's portfolio, such as {@code "1 level-1 score 7"}. */
    public Outcome execute(Requester r, String cohortName, long taskNumber, Long level, String requires) {
        Requirement requirement = Requirement.parse(requires);
        Task task = tasks.find(r.communityId(), taskNumber).orElseThrow(() -> new NoSuchTask(taskNumber));
        int lvl = level == null ? 2 : (int) Math.max(-1, Math.min(level, 99));
        Roster roster = rosters.open(r.communityId(), cohortName);
        rosters.save(roster.withTask(task.number(), lvl, requirement));
        String skills = task.skills().isEmpty() ? "no skills listed" : "needs " + String.join(", ", task.skills());
        return Outcome.reply(Message.privateReply(Text.builder()
                .plain("✅ Task ")
                .bold(task.label())
                .plain(" (" + skills + ", level " + lvl
                        + (requirement == null ? "" : ", requires " + requirement.label()) + ") is open in ")
                .bold(roster.cohortName())
                .plain("; ")
                .command(CommandHint.of("pair preview").with("cohort", roster.cohortName()))
                .plain(" will consider it.")
                .build()));
    }
}
