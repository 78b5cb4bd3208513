package dev.atelier.core.appeal;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.credential.IssueCredential;
import dev.atelier.core.credential.RevokeCredential;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.moderation.ModeratorNotices;
import java.time.Clock;
import java.util.List;

/** Appeals: the intern files ({@code appeal milestone|internship}), the moderators decide, a second reviewer advises. */
public final class AppealCommands implements Feature {

    private static final OptionSpec REASON = required("reason", OptionType.LONG_TEXT, "Why the decision is wrong")
            .maxLength(1000)
            .restOfLine();

    private static final OptionSpec APPEAL = required("appeal", OptionType.INTEGER, "The appeal number");

    private static final OptionSpec NOTE = required("note", OptionType.LONG_TEXT, "A note both sides read")
            .maxLength(1000)
            .restOfLine();

    private final Appeals u;

    /** With the shared revocation and issuing, which an upheld or changed appeal may call. */
    public AppealCommands(
            InternshipStore internships,
            AppealStore appeals,
            ModeratorNotices notices,
            RevokeCredential revoke,
            IssueCredential issue,
            Clock clock) {
        this.u = Appeals.create(internships, appeals, notices, revoke, issue, clock);
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "appeal",
                        "milestone",
                        "Appeal a request for changes to the moderators (intern)",
                        Access.EVERYONE,
                        List.of(required("milestone", OptionType.MILESTONE, "The milestone number"), REASON),
                        "appeal milestone 3 \"the criteria were met\""),
                (ctx, o) -> u.file().milestone(ctx.requester(), o.number("milestone"), o.text("reason")),
                (ctx, o) -> u.file().checkMilestone(ctx.requester(), o.number("milestone")));
        catalog.add(
                new CommandSpec(
                        "appeal",
                        "internship",
                        "Appeal a final score, a closing or a withheld completion",
                        Access.EVERYONE,
                        List.of(required("internship", OptionType.INTERNSHIP, "The internship number"), REASON),
                        "appeal internship 1 \"every milestone was approved\""),
                (ctx, o) -> u.file().internship(ctx.requester(), o.number("internship"), o.text("reason")));
        catalog.add(
                new CommandSpec(
                        "appeal",
                        "decide",
                        "Uphold, change, or ask a second reviewer",
                        Access.MODERATOR,
                        List.of(
                                APPEAL,
                                OptionSpec.choice("outcome", "uphold, change or second", "uphold", "change", "second"),
                                NOTE,
                                optional("reviewer", OptionType.MEMBER, "The second reviewer"),
                                optional("score", OptionType.INTEGER, "The new final score (change a final score)")),
                        "appeal decide 1 second \"please look again\" @carol"),
                (ctx, o) -> u.decide()
                        .decide(
                                ctx.requester(),
                                o.number("appeal"),
                                o.text("outcome"),
                                o.text("note"),
                                o.member("reviewer"),
                                o.number("score")),
                (ctx, o) -> u.decide().checkDecidable(ctx.requester(), o.number("appeal")));
        catalog.add(
                new CommandSpec(
                        "appeal",
                        "review",
                        "Give your second review of an appeal",
                        Access.EVERYONE,
                        List.of(APPEAL, OptionSpec.choice("view", "uphold or change", "uphold", "change"), NOTE),
                        "appeal review 1 change \"the tests pass\""),
                (ctx, o) -> u.decide().review(ctx.requester(), o.number("appeal"), o.text("view"), o.text("note")));
        catalog.add(
                new CommandSpec("appeal", "list", "Open appeals", Access.MODERATOR, List.of(), "appeal list"),
                (ctx, o) -> u.decide().list(ctx.requester()));
    }
}
