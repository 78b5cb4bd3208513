package dev.atelier.core.enrolment;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.task.TaskStore;
import java.time.Clock;
import java.util.List;

/** Cohort enrolment: {@code cohort join|add|leave|members|approve|approval|task}. */
public final class EnrolmentCommands implements Feature {

    private static final OptionSpec COHORT = required("cohort", OptionType.COHORT, "The cohort name");

    private static final OptionSpec ROLE = OptionSpec.choice("role", "intern or mentor", "intern", "mentor");

    private final UseCases u;

    public EnrolmentCommands(
            CohortStore cohorts, RosterStore rosterStore, TaskStore tasks, ProfileReminder profiles, Clock clock) {
        CohortRosters rosters = new CohortRosters(cohorts, rosterStore);
        this.u = new UseCases(
                new JoinCohort(rosters, profiles, clock),
                new LeaveCohort(rosters),
                new ListCohortMembers(rosters),
                new ApproveEnrolment(rosters),
                new AddCohortTask(rosters, tasks));
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "cohort",
                        "join",
                        "Join a cohort as intern or mentor",
                        Access.EVERYONE,
                        List.of(COHORT, ROLE),
                        "cohort join spring-2026 intern"),
                (ctx, o) -> u.join.join(new JoinCohort.Command(
                        ctx.requester(), o.text("cohort"), ctx.requester().member(), Role.parse(o.text("role")))));
        catalog.add(
                new CommandSpec(
                        "cohort",
                        "add",
                        "Add a member to a cohort",
                        Access.MODERATOR,
                        List.of(COHORT, required("member", OptionType.MEMBER, "The member"), ROLE),
                        "cohort add spring-2026 @alice intern"),
                (ctx, o) -> u.join.add(new JoinCohort.Command(
                        ctx.requester(), o.text("cohort"), o.member("member"), Role.parse(o.text("role")))));
        catalog.add(
                new CommandSpec(
                        "cohort",
                        "leave",
                        "Leave a cohort (moderators: remove a member)",
                        Access.EVERYONE,
                        List.of(COHORT, optional("member", OptionType.MEMBER, "Who to remove (moderators)")),
                        "cohort leave spring-2026"),
                (ctx, o) -> u.leave.execute(ctx.requester(), o.text("cohort"), o.member("member")));
        catalog.add(
                new CommandSpec(
                        "cohort",
                        "members",
                        "List a cohort's interns and mentors",
                        Access.EVERYONE,
                        List.of(COHORT),
                        "cohort members spring-2026"),
                (ctx, o) -> u.members.execute(ctx.requester(), o.text("cohort")));
        catalog.add(
                new CommandSpec(
                        "cohort",
                        "approve",
                        "Approve a member who asked to join",
                        Access.MODERATOR,
                        List.of(COHORT, required("member", OptionType.MEMBER, "The member")),
                        "cohort approve spring-2026 @alice"),
                (ctx, o) -> u.approve.approve(ctx.requester(), o.text("cohort"), o.member("member")));
        catalog.add(
                new CommandSpec(
                        "cohort",
                        "approval",
                        "Whether joining needs a moderator's approval",
                        Access.MODERATOR,
                        List.of(COHORT, OptionSpec.choice("approval", "on or off", "on", "off")),
                        "cohort approval spring-2026 on"),
                (ctx, o) -> u.approve.require(ctx.requester(), o.text("cohort"), "on".equals(o.text("approval"))));
        catalog.add(
                new CommandSpec(
                        "cohort",
                        "task",
                        "Open a task in a cohort, with its level",
                        Access.MODERATOR,
                        List.of(
                                COHORT,
                                required("task", OptionType.TASK, "The task number"),
                                optional(
                                        "level",
                                        OptionType.INTEGER,
                                        "Level 1 (first steps) to 5 (expert); 2 if left out"),
                                optional("requires", OptionType.TEXT, "Earlier completions, such as 1 level-1 score 7")
                                        .maxLength(40)
                                        .restOfLine()),
                        "cohort task spring-2026 1 2 \"1 level-1 score 7\""),
                (ctx, o) -> u.task.execute(
                        ctx.requester(), o.text("cohort"), o.number("task"), o.number("level"), o.text("requires")));
    }

    /** The use cases these commands call. */
    record UseCases(
            JoinCohort join,
            LeaveCohort leave,
            ListCohortMembers members,
            ApproveEnrolment approve,
            AddCohortTask task) {}
}
