package dev.atelier.core.assembly;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.cohort.CloseCohort;
import dev.atelier.core.cohort.CreateCohort;
import dev.atelier.core.cohort.ListCohorts;
import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.community.ManageModerators;
import dev.atelier.core.internship.StartInternship;
import dev.atelier.core.internship.WithdrawInternship;
import dev.atelier.core.task.AddTask;
import dev.atelier.core.task.ListTasks;
import java.util.List;

/** Catalog entries only moderators may run: cohorts, tasks, pairing, withdrawing, moderators. */
final class ModeratorCommands {

    private ModeratorCommands() {}

    static void register(CommandCatalog catalog, UseCases u) {
        catalog.add(
                new CommandSpec(
                        "cohort",
                        "create",
                        "Create a cohort of internships",
                        Access.MODERATOR,
                        List.of(
                                required("name", OptionType.TEXT, "Cohort name, such as spring-2026")
                                        .maxLength(40),
                                optional("channel", OptionType.CHANNEL, "The cohort's channel"),
                                optional("starts", OptionType.DATE, "Start date, YYYY-MM-DD"),
                                optional("ends", OptionType.DATE, "End date, YYYY-MM-DD")),
                        "cohort create spring-2026 #interns 2026-12-01 2027-02-28"),
                (ctx, o) -> u.createCohort.execute(new CreateCohort.Command(
                        ctx.requester(), o.text("name"), o.text("channel"), o.date("starts"), o.date("ends"))));
        catalog.add(
                new CommandSpec("cohort", "list", "List the cohorts", Access.MODERATOR, List.of(), "cohort list"),
                (ctx, o) -> u.listCohorts.execute(ctx.requester()));
        catalog.add(
                new CommandSpec(
                        "cohort",
                        "close",
                        "Close a cohort to new internships",
                        Access.MODERATOR,
                        List.of(required("cohort", OptionType.COHORT, "The cohort name")),
                        "cohort close spring-2026"),
                (ctx, o) -> u.closeCohort.execute(ctx.requester(), o.text("cohort")));
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
        catalog.add(
                new CommandSpec(
                        "internship",
                        "start",
                        "Pair an intern with a mentor on a task",
                        Access.MODERATOR,
                        List.of(
                                required("intern", OptionType.MEMBER, "The intern"),
                                required("mentor", OptionType.MEMBER, "The mentor"),
                                required("task", OptionType.TASK, "The task number"),
                                optional("cohort", OptionType.COHORT, "The cohort it belongs to"),
                                new OptionSpec(
                                        "again",
                                        OptionType.CHOICE,
                                        "yes starts it even when the pair already works on this task",
                                        false,
                                        3,
                                        List.of("yes"))),
                        "internship start @alice @bob 1 spring-2026"),
                (ctx, o) -> u.startInternship.execute(new StartInternship.Command(
                        ctx.requester(),
                        o.member("intern"),
                        o.member("mentor"),
                        o.number("task"),
                        o.text("cohort"),
                        !"yes".equals(o.text("again")))));
        catalog.add(
                new CommandSpec(
                        "internship",
                        "withdraw",
                        "Withdraw an internship",
                        Access.MODERATOR,
                        List.of(
                                required("internship", OptionType.INTERNSHIP, "The internship number"),
                                required("reason", OptionType.TEXT, "Why")
                                        .maxLength(300)
                                        .restOfLine()),
                        "internship withdraw 1 \"intern took a full-time job\""),
                (ctx, o) -> u.withdrawInternship.execute(ctx.requester(), o.number("internship"), o.text("reason")));
        catalog.add(
                new CommandSpec(
                        "moderator",
                        "add",
                        "Make a member a moderator",
                        Access.MODERATOR,
                        List.of(required("member", OptionType.MEMBER, "The member")),
                        "moderator add @carol"),
                (ctx, o) -> u.moderators.add(ctx.requester(), o.member("member")));
        catalog.add(
                new CommandSpec(
                        "moderator",
                        "remove",
                        "Remove a member from the moderators",
                        Access.MODERATOR,
                        List.of(required("member", OptionType.MEMBER, "The member")),
                        "moderator remove @carol"),
                (ctx, o) -> u.moderators.remove(ctx.requester(), o.member("member")));
        catalog.add(
                new CommandSpec(
                        "moderator",
                        "list",
                        "List the moderators added here",
                        Access.MODERATOR,
                        List.of(),
                        "moderator list"),
                (ctx, o) -> u.moderators.list(ctx.requester()));
    }

    /** The use cases these commands call. */
    record UseCases(
            CreateCohort createCohort,
            ListCohorts listCohorts,
            CloseCohort closeCohort,
            AddTask addTask,
            ListTasks listTasks,
            StartInternship startInternship,
            WithdrawInternship withdrawInternship,
            ManageModerators moderators) {}
}
