package dev.atelier.core.assembly;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.credential.CredentialLinks;
import dev.atelier.core.credential.RevokeCredential;
import dev.atelier.core.rights.DataDownloads;
import dev.atelier.core.rights.ExportMyData;
import dev.atelier.core.rights.ForgetMember;
import dev.atelier.core.rights.MemberExport;
import dev.atelier.core.rights.RetentionRound;
import dev.atelier.core.rights.RightsServices;
import dev.atelier.core.rights.SetRetention;
import dev.atelier.core.store.MongoRightsStores;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.workspace.Outbound;
import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Member rights: {@code mydata}, {@code forget me}, {@code member forget} and {@code community retention};
 * hands the application the download links' redemption and the retention round.
 */
final class RightsCommands {

    private RightsCommands() {}

    static RightsServices register(
            CommandCatalog catalog,
            MongoTemplate mongo,
            MongoStores s,
            Outbound outbound,
            CredentialLinks links,
            RevokeCredential revoke,
            Clock clock) {
        MongoRightsStores r = MongoRightsStores.create(mongo);
        MemberExport export = new MemberExport(r.records());
        ExportMyData mydata = new ExportMyData(export, r.dataLinks(), outbound, links.base(), clock);
        ForgetMember forget = new ForgetMember(r.records(), revoke, clock);
        SetRetention retention = new SetRetention(r.retentionSettings());
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
        return new RightsServices(
                new DataDownloads(r.dataLinks(), export, clock),
                new RetentionRound(r.retention(), r.retentionSettings(), clock));
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
