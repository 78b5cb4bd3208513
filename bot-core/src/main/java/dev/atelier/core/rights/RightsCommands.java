package dev.atelier.core.rights;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.credential.RevokeCredential;
import dev.atelier.core.workspace.Outbound;
import java.time.Clock;
import java.util.List;

/**
 * Member rights: {@code mydata}, {@code forget me}, {@code member forget} and {@code community retention};
 * the application serves the download links and runs the retention round ({@link RightsServices}).
 */
public final class RightsCommands implements Feature {

    private final ExportMyData mydata;
    private final ForgetMember forget;
    private final SetRetention retention;

    /** With the way out (the private file), the base of download links and the shared revocation. */
    public RightsCommands(
            MemberRecords records,
            DataLinkStore dataLinks,
            RetentionSettings retentionSettings,
            Outbound outbound,
            String base,
            RevokeCredential revoke,
            Clock clock) {
        this.mydata = new ExportMyData(new MemberExport(records), dataLinks, outbound, base, clock);
        this.forget = new ForgetMember(records, revoke, clock);
        this.retention = new SetRetention(retentionSettings);
    }

    @Override
    public void register(CommandCatalog catalog) {
        OptionSpec credentials = choice("Revoke the credentials you hold, or keep them verifiable");
        catalog.add(
                new CommandSpec(
                        "mydata",
                        null,
                        "Everything Atelier stores about you here, as a private JSON file",
                        Access.EVERYONE,
                        List.of(),
                        "mydata"),
                (ctx, o) -> mydata.execute(ctx.requester()));
        catalog.add(
                new CommandSpec(
                        "forget",
                        "me",
                        "Erase your personal data in this community (asks to confirm)",
                        Access.EVERYONE,
                        List.of(credentials),
                        "forget me"),
                (ctx, o) -> forget.forgetMe(ctx.requester(), o.text("credentials")));
        catalog.add(
                new CommandSpec(
                        "member",
                        "forget",
                        "Erase the data of a member who asked for it (logged)",
                        Access.MODERATOR,
                        List.of(
                                required("member", OptionType.MEMBER, "The member"),
                                choice("Revoke the member's credentials, or keep them verifiable")),
                        "member forget @carol"),
                (ctx, o) -> forget.forgetMember(ctx.requester(), o.member("member"), o.text("credentials")));
        catalog.add(
                new CommandSpec(
                        "community",
                        "retention",
                        "Show or set how many days ended records are kept",
                        Access.MODERATOR,
                        List.of(optional(
                                "days",
                                OptionType.INTEGER,
                                "Days (" + SetRetention.MINIMUM_DAYS + " or more, default " + SetRetention.DEFAULT_DAYS
                                        + ")")),
                        "community retention 365"),
                (ctx, o) -> retention.execute(ctx.requester(), o.number("days")));
    }

    /** An optional choice: without it the command asks to confirm with a button per choice. */
    private static OptionSpec choice(String description) {
        return new OptionSpec(
                "credentials",
                OptionType.CHOICE,
                description,
                false,
                OptionSpec.DEFAULT_MAX_LENGTH,
                List.of("revoke", "keep"));
    }
}
