package dev.atelier.core.credential;

import static dev.atelier.core.command.OptionSpec.choice;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStore;
import java.time.Clock;
import java.util.List;

/** Credentials: {@code verify}, {@code credential revoke} (moderators), the holder's {@code credential score|name} and the operator's {@code credential rotate-key}. */
public final class CredentialCommands implements Feature {

    private final UseCases u;

    /**
     * With the credentials served for verification, the shared revocation, the signer and the operator
     * community whose moderators may rotate its key.
     */
    public CredentialCommands(
            InternshipStore internships,
            Recipients recipients,
            Credentials credentials,
            RevokeCredential revoke,
            CredentialSigner signer,
            CredentialLinks links,
            String operatorCommunity,
            Clock clock) {
        this.u = new UseCases(
                new ShowCredentialScore(internships, new InternshipAccess(internships), links, clock),
                new ChooseNameShown(recipients),
                new RotateSigningKey(signer, operatorCommunity),
                new VerifyCredential(credentials),
                revoke);
    }

    @Override
    public void register(CommandCatalog catalog) {
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
        catalog.add(
                new CommandSpec(
                        "verify",
                        null,
                        "Check a credential's signature and whether it was revoked",
                        Access.EVERYONE,
                        List.of(required("credential", OptionType.TEXT, "Credential id, link or token")
                                .maxLength(6000)),
                        "verify https://atelier.example.org/credentials/…"),
                (ctx, o) -> u.verify.execute(o.text("credential")));
        catalog.add(
                new CommandSpec(
                        "credential",
                        "revoke",
                        "Revoke a credential issued here, with a reason",
                        Access.MODERATOR,
                        List.of(
                                required("credential", OptionType.TEXT, "Credential id or link")
                                        .maxLength(300),
                                required("reason", OptionType.TEXT, "Why; verifiers see it")
                                        .maxLength(300)
                                        .restOfLine()),
                        "credential revoke 3f2c… \"issued by mistake\""),
                (ctx, o) -> u.revoke.execute(
                        new RevokeCredential.Command(ctx.requester(), o.text("credential"), o.text("reason"))));
    }

    /** The use cases these commands call. */
    record UseCases(
            ShowCredentialScore score,
            ChooseNameShown name,
            RotateSigningKey rotate,
            VerifyCredential verify,
            RevokeCredential revoke) {}
}
