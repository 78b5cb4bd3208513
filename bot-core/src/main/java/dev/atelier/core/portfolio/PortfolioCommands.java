package dev.atelier.core.portfolio;

import static dev.atelier.core.command.OptionSpec.optional;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.trajectory.Trajectory;
import java.util.List;

/** The {@code portfolio} command: completed micro-internships with scores and credentials. */
public final class PortfolioCommands implements Feature {

    private final UseCases u;

    public PortfolioCommands(Portfolio portfolio, Trajectory trajectory) {
        this.u = new UseCases(new ShowPortfolio(portfolio, trajectory));
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "portfolio",
                        null,
                        "Completed micro-internships with scores and credentials",
                        Access.EVERYONE,
                        List.of(
                                optional("member", OptionType.MEMBER, "Whose (you when left out)"),
                                new OptionSpec(
                                        "format",
                                        OptionType.CHOICE,
                                        "text, markdown or json",
                                        false,
                                        OptionSpec.DEFAULT_MAX_LENGTH,
                                        List.of("text", "markdown", "json"))),
                        "portfolio @alice markdown"),
                (ctx, o) -> u.portfolio.execute(ctx.requester(), o.member("member"), o.text("format")));
    }

    /** The use cases these commands call. */
    record UseCases(ShowPortfolio portfolio) {}
}
