package dev.atelier.core.hours;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStore;
import java.time.Clock;
import java.util.List;

/** Hours worked: {@code log}, {@code hours list|fix|remove}. */
public final class HoursCommands implements Feature {

    private static final OptionSpec ENTRY = required("entry", OptionType.INTEGER, "The hours entry number");

    private final UseCases u;

    public HoursCommands(InternshipStore internships, Clock clock) {
        InternshipAccess access = new InternshipAccess(internships);
        this.u = new UseCases(
                new LogHours(internships, access, clock),
                new ShowHours(internships, access),
                new CorrectHours(internships, access, clock));
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "log",
                        null,
                        "Log hours you worked on your internship (intern, mentor)",
                        Access.EVERYONE,
                        List.of(
                                required("hours", OptionType.TEXT, "Hours worked, such as 1.5 or 1h30")
                                        .maxLength(20),
                                optional("note", OptionType.TEXT, "What you did")
                                        .maxLength(200)
                                        .restOfLine(),
                                optional("internship", OptionType.INTERNSHIP, "Needed when you are in several")),
                        "log 2.5 \"checkout form\""),
                (ctx, o) -> u.log.execute(LogHours.Command.of(
                        ctx.requester(),
                        o.text("hours"),
                        o.text("note"),
                        o.number("internship"),
                        ctx.caller().channelId())),
                (ctx, o) -> u.log.check(
                        ctx.requester(), o.number("internship"), ctx.caller().channelId()));
        catalog.add(
                new CommandSpec(
                        "hours",
                        "list",
                        "Hours of an internship per person, or a person's totals",
                        Access.EVERYONE,
                        List.of(
                                optional("internship", OptionType.INTERNSHIP, "The internship number"),
                                optional("member", OptionType.MEMBER, "Whose totals (moderators; you when left out)")),
                        "hours list 1"),
                (ctx, o) -> u.showHours.execute(ctx.requester(), o.number("internship"), o.member("member")));
        catalog.add(
                new CommandSpec(
                        "hours",
                        "fix",
                        "Correct an hours entry (who logged it, or a moderator)",
                        Access.EVERYONE,
                        List.of(
                                ENTRY,
                                required("hours", OptionType.TEXT, "The right hours")
                                        .maxLength(20),
                                optional("note", OptionType.TEXT, "What you did")
                                        .maxLength(200)
                                        .restOfLine()),
                        "hours fix 3 1.5"),
                (ctx, o) -> u.correctHours.fix(ctx.requester(), o.number("entry"), o.text("hours"), o.text("note")),
                (ctx, o) -> u.correctHours.check(ctx.requester(), o.number("entry")));
        catalog.add(
                new CommandSpec(
                        "hours",
                        "remove",
                        "Remove an hours entry (who logged it, or a moderator)",
                        Access.EVERYONE,
                        List.of(ENTRY),
                        "hours remove 3"),
                (ctx, o) -> u.correctHours.remove(ctx.requester(), o.number("entry")));
    }

    /** The use cases these commands call. */
    record UseCases(LogHours log, ShowHours showHours, CorrectHours correctHours) {}
}
