package dev.atelier.core.assembly;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.enrolment.AddCohortTask;
import dev.atelier.core.enrolment.ApproveEnrolment;
import dev.atelier.core.enrolment.JoinCohort;
import dev.atelier.core.enrolment.LeaveCohort;
import dev.atelier.core.enrolment.ListCohortMembers;
import dev.atelier.core.enrolment.Role;
import dev.atelier.core.pairing.AnswerPair;
import dev.atelier.core.pairing.AskPairs;
import dev.atelier.core.pairing.ConfirmPairs;
import dev.atelier.core.pairing.PreviewPairs;
import dev.atelier.core.pairing.SetPair;
import java.util.List;

/** Catalog entries for cohort enrolment and pairing: join, add, leave, members, approve, tasks, pair. */
final class PairingCommands {

    private static final OptionSpec COHORT = required("cohort", OptionType.COHORT, "The cohort name");
    private static final OptionSpec ROLE = OptionSpec.choice("role", "intern or mentor", "intern", "mentor");

    private PairingCommands() {}

    static void register(CommandCatalog catalog, UseCases u) {
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
        catalog.add(
                new CommandSpec(
                        "pair",
                        "preview",
                        "Propose the best pairs for a cohort, with reasons",
                        Access.MODERATOR,
                        List.of(
                                COHORT,
                                new OptionSpec(
                                        "repeats",
                                        OptionType.CHOICE,
                                        "allow earlier pairs again",
                                        false,
                                        OptionSpec.DEFAULT_MAX_LENGTH,
                                        List.of("allow", "forbid"))),
                        "pair preview spring-2026"),
                (ctx, o) -> u.preview.execute(ctx.requester(), o.text("cohort"), "allow".equals(o.text("repeats"))));
        catalog.add(
                new CommandSpec(
                        "pair",
                        "confirm",
                        "Start the internships of the previewed pairs",
                        Access.MODERATOR,
                        List.of(COHORT),
                        "pair confirm spring-2026"),
                (ctx, o) -> u.confirm.execute(ctx.requester(), o.text("cohort")));
        catalog.add(
                new CommandSpec(
                        "pair",
                        "ask",
                        "Ask each planned pair to accept before it starts",
                        Access.MODERATOR,
                        List.of(COHORT),
                        "pair ask spring-2026"),
                (ctx, o) -> u.ask.execute(ctx.requester(), o.text("cohort")));
        catalog.add(
                new CommandSpec(
                        "pair",
                        "accept",
                        "Accept the pairing proposed to you",
                        Access.EVERYONE,
                        List.of(COHORT),
                        "pair accept spring-2026"),
                (ctx, o) -> u.answer.accept(ctx.requester(), o.text("cohort")));
        catalog.add(
                new CommandSpec(
                        "pair",
                        "decline",
                        "Decline the pairing proposed to you",
                        Access.EVERYONE,
                        List.of(COHORT),
                        "pair decline spring-2026"),
                (ctx, o) -> u.answer.decline(ctx.requester(), o.text("cohort")));
        catalog.add(
                new CommandSpec(
                        "pair",
                        "set",
                        "Pair an intern with a mentor by hand in the plan",
                        Access.MODERATOR,
                        List.of(
                                COHORT,
                                required("intern", OptionType.MEMBER, "The intern"),
                                required("mentor", OptionType.MEMBER, "The mentor"),
                                optional("task", OptionType.TASK, "An open task of the cohort")),
                        "pair set spring-2026 @alice @bob 1"),
                (ctx, o) -> u.set.execute(new SetPair.Command(
                        ctx.requester(), o.text("cohort"), o.member("intern"), o.member("mentor"), o.number("task"))));
    }

    /** The use cases these commands call. */
    record UseCases(
            JoinCohort join,
            LeaveCohort leave,
            ListCohortMembers members,
            ApproveEnrolment approve,
            AddCohortTask task,
            PreviewPairs preview,
            ConfirmPairs confirm,
            SetPair set,
            AskPairs ask,
            AnswerPair answer) {}
}
