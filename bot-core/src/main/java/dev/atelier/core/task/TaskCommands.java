package dev.atelier.core.task;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionType;
import java.time.Clock;
import java.util.List;

/** The task commands a moderator runs: {@code task add}, {@code task list}. */
public final class TaskCommands implements Feature {

    private final UseCases u;

    public TaskCommands(TaskStore tasks, Clock clock) {
        this.u = new UseCases(new AddTask(tasks, clock), new ListTasks(tasks));
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "task",
                        "add",
                        "Add a real task to build an internship on",
                        Access.MODERATOR,
                        List.of(
                                required("title", OptionType.TEXT, "Short title")
                                        .maxLength(100),
                                required("description", OptionType.LONG_TEXT, "What the job is")
                                        .maxLength(2000),
                                optional("budget", OptionType.TEXT, "Pay, such as 400 USD")
                                        .maxLength(30),
                                optional("hours", OptionType.INTEGER, "Estimated hours"),
                                optional("skills", OptionType.TEXT, "Required skills, comma separated"),
                                optional("link", OptionType.URL, "Where the task comes from"),
                                optional("deliverables", OptionType.LONG_TEXT, "What is handed over at the end")
                                        .maxLength(1000)
                                        .restOfLine()),
                        "task add \"Shop checkout\" \"Add a checkout to the demo shop\" \"400 USD\" 40 \"java, sql\""),
                (ctx, o) -> u.addTask.execute(new AddTask.Command(
                        ctx.requester(),
                        o.text("title"),
                        o.text("description"),
                        o.text("budget"),
                        o.number("hours"),
                        o.text("skills"),
                        o.url("link"),
                        o.text("deliverables"))));
        catalog.add(
                new CommandSpec("task", "list", "List the tasks", Access.MODERATOR, List.of(), "task list"),
                (ctx, o) -> u.listTasks.execute(ctx.requester()));
    }

    /** The use cases these commands call. */
    record UseCases(AddTask addTask, ListTasks listTasks) {}
}
