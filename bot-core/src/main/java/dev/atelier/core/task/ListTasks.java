package dev.atelier.core.task;

import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import java.util.List;
import java.util.stream.Collectors;

/** Lists a community's tasks. */
public final class ListTasks {

    private final TaskStore tasks;

    public ListTasks(TaskStore tasks) {
        this.tasks = tasks;
    }

    public Outcome execute(Requester requester) {
        List<Task> all = tasks.list(requester.communityId());
        if (all.isEmpty()) {
            return Outcome.reply(Message.privateReply(
                    "No tasks yet. A moderator adds one with " + "`task add <title> <description>`."));
        }
        String lines = all.stream().map(ListTasks::line).collect(Collectors.joining("\n"));
        return Outcome.reply(Message.privateReply(lines).withTitle("Tasks"));
    }

    private static String line(Task t) {
        String budget = t.budget() == null ? "" : " · " + t.budget();
        String hours = t.estimatedHours() == null ? "" : " · ~" + t.estimatedHours() + " h";
        String skills = t.skills().isEmpty() ? "" : " · " + String.join(", ", t.skills());
        return "• " + Text.typed(t.label()) + budget + hours + skills;
    }
}
