package dev.atelier.core.clock.stall;

import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionType;
import java.util.List;

/** The {@code cohort health} command: a cohort's pairs by risk, with the reason. */
public final class HealthCommands implements Feature {

    private final ShowCohortHealth health;

    public HealthCommands(CohortStore cohorts, CohortHealth health) {
        this.health = new ShowCohortHealth(cohorts, health);
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "cohort",
                        "health",
                        "A cohort's pairs by risk, with the reason",
                        Access.MODERATOR,
                        List.of(required("cohort", OptionType.COHORT, "The cohort name")),
                        "cohort health spring-2026"),
                (ctx, o) -> health.execute(ctx.requester(), o.text("cohort")));
    }
}
