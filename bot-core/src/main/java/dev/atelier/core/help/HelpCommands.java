package dev.atelier.core.help;

import static dev.atelier.core.command.OptionSpec.optional;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.internship.InternshipStore;
import java.util.List;

/** The {@code help} command: what the caller can do now, from the catalog itself. */
public final class HelpCommands implements Feature {

    private final UseCases u;

    public HelpCommands(CommandCatalog catalog, InternshipStore internships) {
        this.u = new UseCases(new ShowHelp(catalog, internships));
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "help",
                        null,
                        "What you can do with Atelier",
                        Access.EVERYONE,
                        List.of(optional("command", OptionType.TEXT, "A command to explain")
                                .maxLength(40)
                                .restOfLine()),
                        "help submit"),
                (ctx, o) -> u.help.execute(ctx.requester(), o.text("command")));
    }

    /** The use cases these commands call. */
    record UseCases(ShowHelp help) {}
}
