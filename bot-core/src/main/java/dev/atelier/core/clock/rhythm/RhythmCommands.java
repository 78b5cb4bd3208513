package dev.atelier.core.clock.rhythm;

import static dev.atelier.core.command.OptionSpec.optional;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionType;
import java.util.List;
import java.util.function.Consumer;

/** The {@code community rhythm} command: check-in, reminder and stall timings the clock keeps. */
public final class RhythmCommands implements Feature {

    private final SetRhythm rhythm;

    /** {@code changed} hears a community's id once its rhythm changed, so its open pairs follow the new one. */
    public RhythmCommands(RhythmStore rhythms, Consumer<String> changed) {
        this.rhythm = new SetRhythm(rhythms, changed);
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "community",
                        "rhythm",
                        "Show or set check-in, reminder and stall timings",
                        Access.MODERATOR,
                        List.of(
                                optional(
                                        "answer", OptionType.INTEGER, "Hours to answer a check-in (1-168, default 24)"),
                                optional(
                                        "review",
                                        OptionType.INTEGER,
                                        "Hours a submission waits before a reminder (default 48)"),
                                optional(
                                        "question",
                                        OptionType.INTEGER,
                                        "Hours a question waits before a reminder (default 24)"),
                                optional(
                                        "stall",
                                        OptionType.INTEGER,
                                        "Idle days before a pair is at risk (1-60, default 5)"),
                                optional(
                                        "missed",
                                        OptionType.INTEGER,
                                        "Missed check-ins in a row that flag a pair (default 2)")),
                        "community rhythm answer:24 review:48 question:24 stall:5 missed:2"),
                (ctx, o) -> rhythm.execute(new SetRhythm.Command(
                        ctx.requester(),
                        o.number("answer"),
                        o.number("review"),
                        o.number("question"),
                        o.number("stall"),
                        o.number("missed"))));
    }
}
