package dev.atelier.core.clock.mentorload;

import dev.atelier.core.clock.rhythm.RhythmStore;
import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import java.time.Clock;
import java.util.List;

/** The {@code mentor load} command: each mentor's interns, waiting work and hours against capacity. */
public final class MentorLoadCommands implements Feature {

    private final ShowMentorLoad show;

    public MentorLoadCommands(MentorLoads loads, RhythmStore rhythms, Clock clock) {
        this.show = new ShowMentorLoad(loads, rhythms, clock);
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "mentor",
                        "load",
                        "Each mentor's interns, waiting work and hours against capacity",
                        Access.MODERATOR,
                        List.of(),
                        "mentor load"),
                (ctx, o) -> show.execute(ctx.requester()));
    }
}
