package dev.atelier.core.cohort;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionType;
import java.time.Clock;
import java.util.List;

/** The cohort commands a moderator runs: {@code cohort create}, {@code cohort list}, {@code cohort close}. */
public final class CohortCommands implements Feature {

    private final UseCases u;

    public CohortCommands(CohortStore cohorts, Clock clock) {
        this.u = new UseCases(new CreateCohort(cohorts, clock), new ListCohorts(cohorts), new CloseCohort(cohorts));
    }

    @Override
    public void register(CommandCatalog catalog) {
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
    }

    /** The use cases these commands call. */
    record UseCases(CreateCohort createCohort, ListCohorts listCohorts, CloseCohort closeCohort) {}
}
