package dev.atelier.core.task;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** A moderator adds a real task that an internship can be built on. */
public final class AddTask {

    private final TaskStore tasks;
    private final Clock clock;

    public AddTask(TaskStore tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    public record Command(
            Requester requester,
            String title,
            String description,
            String budget,
            Long hours,
            String skills,
            URI link,
            String deliverables) {}

    public Outcome execute(Command c) {
        Budget budget = c.budget() == null ? null : Budget.parse(c.budget());
        Integer hours = c.hours() == null ? null : (int) Math.max(-1, Math.min(c.hours(), Task.MAX_HOURS + 1L));
        Task draft = new Task(
                c.requester().communityId(),
                0,
                c.title(),
                c.description(),
                c.deliverables(),
                budget,
                Task.skillList(c.skills()),
                c.link(),
                hours,
                c.requester().memberId(),
                clock.instant());
        long number = tasks.nextNumber(c.requester().communityId());
        Task task = new Task(
                draft.communityId(),
                number,
                draft.title(),
                draft.description(),
                draft.deliverables(),
                draft.budget(),
                draft.skills(),
                draft.sourceLink(),
                draft.estimatedHours(),
                draft.createdBy(),
                draft.createdAt());
        tasks.insert(task);
        return Outcome.reply(Message.privateReply(Text.builder()
                        .plain("✅ Task ")
                        .bold(task.label())
                        .plain(" added. Pair someone on it with ")
                        .command(CommandHint.of("internship start")
                                .placeholder("intern")
                                .placeholder("mentor")
                                .with("task", task.number()))
                        .plain(".")
                        .build())
                .withFields(fields(task)));
    }

    static List<Field> fields(Task task) {
        List<Field> fields = new ArrayList<>();
        if (task.budget() != null) {
            fields.add(Field.of("Budget", Text.of(task.budget().toString())));
        }
        if (task.estimatedHours() != null) {
            fields.add(Field.of("Estimated hours", Text.of(task.estimatedHours().toString())));
        }
        if (!task.skills().isEmpty()) {
            fields.add(Field.of("Skills", Text.user(String.join(", ", task.skills()))));
        }
        if (task.sourceLink() != null) {
            fields.add(Field.of("Source", Text.user(task.sourceLink().toString())));
        }
        if (task.deliverables() != null) {
            fields.add(Field.wide("Deliverables", Text.user(task.deliverables())));
        }
        return fields;
    }
}
