package dev.atelier.core.pairing;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.enrolment.CohortRosters;
import dev.atelier.core.internship.StartInternship;
import dev.atelier.core.matching.AssignmentSolver;
import java.time.Clock;
import java.util.List;

/** Pairing a cohort: {@code pair preview|confirm|ask|accept|decline|set}. */
public final class PairingCommands implements Feature {

    private static final OptionSpec COHORT = required("cohort", OptionType.COHORT, "The cohort name");

    private final UseCases u;

    /** With the solver that finds the best pairs and the use case that starts an internship. */
    public PairingCommands(
            PairingInputs.Stores stores, PlanStore plans, AssignmentSolver solver, StartInternship start, Clock clock) {
        CohortRosters rosters = new CohortRosters(stores.cohorts(), stores.rosters());
        this.u = new UseCases(
                new PreviewPairs(rosters, stores, plans, solver, clock),
                new ConfirmPairs(rosters, plans, start),
                new SetPair(rosters, stores, plans, clock),
                new AskPairs(rosters, plans),
                new AnswerPair(rosters, stores, plans, start, solver, clock));
    }

    @Override
    public void register(CommandCatalog catalog) {
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
                        List.of(
                                COHORT,
                                optional(
                                                "preview",
                                                OptionType.TEXT,
                                                "Only if the pairs are still this preview's (its Confirm button says)")
                                        .maxLength(8)),
                        "pair confirm spring-2026"),
                (ctx, o) -> u.confirm.execute(ctx.requester(), o.text("cohort"), o.text("preview")));
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
    record UseCases(PreviewPairs preview, ConfirmPairs confirm, SetPair set, AskPairs ask, AnswerPair answer) {}
}
