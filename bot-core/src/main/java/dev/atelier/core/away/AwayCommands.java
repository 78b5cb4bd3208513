package dev.atelier.core.away;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.internship.InternshipStore;
import java.time.Clock;
import java.util.List;

/** Days away: {@code away} (everyone, for themselves) and {@code community holiday}. */
public final class AwayCommands implements Feature {

    private final DeclareAway away;
    private final DeclareHoliday holiday;

    public AwayCommands(AwayStore days, Availability availability, InternshipStore internships, Clock clock) {
        this.away = new DeclareAway(days, availability, internships, clock);
        this.holiday = new DeclareHoliday(days, internships, clock);
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "away",
                        null,
                        "Declare days away (no prompts or reminders), or list or clear them",
                        Access.EVERYONE,
                        List.of(
                                required("from", OptionType.TEXT, "First day away, YYYY-MM-DD; or list, or clear")
                                        .maxLength(20),
                                optional("to", OptionType.DATE, "Last day away, YYYY-MM-DD"),
                                optional("note", OptionType.TEXT, "A short note, such as conference")
                                        .maxLength(200)
                                        .restOfLine()),
                        "away 2026-12-21 2027-01-03 \"winter break\""),
                (ctx, o) -> away.execute(ctx.requester(), o.text("from"), o.date("to"), o.text("note")));
        catalog.add(
                new CommandSpec(
                        "community",
                        "holiday",
                        "Declare a day off for everyone in the community",
                        Access.MODERATOR,
                        List.of(
                                required("date", OptionType.DATE, "The day, YYYY-MM-DD"),
                                optional("name", OptionType.TEXT, "Its name, such as New Year")
                                        .maxLength(80)
                                        .restOfLine()),
                        "community holiday 2027-01-01 \"New Year\""),
                (ctx, o) -> holiday.execute(ctx.requester(), o.date("date"), o.text("name")));
    }
}
