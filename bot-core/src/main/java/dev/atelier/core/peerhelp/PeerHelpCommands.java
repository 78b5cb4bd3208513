package dev.atelier.core.peerhelp;

import static dev.atelier.core.command.OptionSpec.optional;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionType;
import java.time.Clock;
import java.util.List;

/** The {@code peerhelp} command: when unanswered questions go to peers, per community. */
public final class PeerHelpCommands implements Feature {

    private final UseCases u;

    public PeerHelpCommands(PeerHelpSettingsStore settings, PeerHelpQueue queue, Clock clock) {
        this.u = new UseCases(new SetPeerHelp(settings, queue, clock));
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "peerhelp",
                        null,
                        "Show or set when unanswered questions go to peers",
                        Access.MODERATOR,
                        List.of(
                                optional("after", OptionType.TEXT, "Hours without a reply (default 12), or off / on")
                                        .maxLength(4),
                                optional(
                                        "channel",
                                        OptionType.CHANNEL,
                                        "Where offers go for cohorts without a channel")),
                        "peerhelp 12 #help"),
                (ctx, o) -> u.peerHelp.execute(ctx.requester(), o.text("after"), o.text("channel")));
    }

    /** The use cases these commands call. */
    record UseCases(SetPeerHelp peerHelp) {}
}
