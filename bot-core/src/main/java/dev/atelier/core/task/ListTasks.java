package dev.atelier.core.task;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import java.util.List;

/** Lists a community's tasks. */
public final class ListTasks {

    private final TaskStore tasks;

    public ListTasks(TaskStore tasks) {
        this.tasks = tasks;
    }

    public Outcome execute(Requester requester) {
        List<Task> all = tasks.list(requester.communityId());
        if (all.isEmpty()) {
            return Outcome.reply(Message.privateReply(Text.builder()
                    .plain("No tasks yet. A moderator adds one with ")
                    .command(CommandHint.of("task add").placeholder("title").placeholder("description"))
                    .plain(".")
                    .build()));
        }
        return Outcome.reply(
                Message.privateReply(Text.list(all.stream().map(ListTasks::line).toList()))
                        .withTitle("Tasks (" + all.size() + ")"));
    }

    private static Text line(Task t) {
        String budget = t.budget() == null ? "" : " · " + t.budget();
        String hours = t.estimatedHours() == null ? "" : " · ~" + t.estimatedHours() + " h";
        String skills = t.skills().isEmpty() ? "" : " · " + String.join(", ", t.skills());
        return Text.builder().user(t.label()).plain(budget + hours + skills).build();
    }
}
