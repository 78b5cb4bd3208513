package dev.atelier.core.assembly;

import static dev.atelier.core.command.OptionSpec.choice;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.credential.ChooseNameShown;
import dev.atelier.core.credential.RotateSigningKey;
import dev.atelier.core.credential.ShowCredentialScore;
import java.util.List;

/** Catalog entries of the credential holder's choices and of the operator's key rotation. */
final class CredentialCommands {

    private CredentialCommands() {}

    static void register(CommandCatalog catalog, UseCases u) {
        catalog.add(
                new CommandSpec(
                        "credential",
                        "score",
                        "Show or hide the mentor's score on your credential's page",
                        Access.EVERYONE,
                        List.of(
                                required("credential", OptionType.TEXT, "Credential id or link")
                                        .maxLength(300),
                                choice("choice", "show or hide", "show", "hide")),
                        "credential score 3f2c… show"),
                (ctx, o) -> u.score.execute(ctx.requester(), o.text("credential"), o.text("choice")));
        catalog.add(
                new CommandSpec(
                        "credential",
                        "name",
                        "Show your name in clear in future credentials, or hide it",
                        Access.EVERYONE,
                        List.of(choice("choice", "show or hide (hidden: a salted hash)", "show", "hide")),
                        "credential name show"),
                (ctx, o) -> u.name.execute(ctx.requester(), o.text("choice")));
        catalog.add(
                new CommandSpec(
                        "credential",
                        "rotate-key",
                        "Make a new credential signing key (operator)",
                        Access.MODERATOR,
                        List.of(),
                        "credential rotate-key"),
                (ctx, o) -> u.rotate.execute(ctx.requester()));
    }

    /** The use cases these commands call. */
    record UseCases(ShowCredentialScore score, ChooseNameShown name, RotateSigningKey rotate) {}
}
