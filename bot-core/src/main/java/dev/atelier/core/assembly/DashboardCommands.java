package dev.atelier.core.assembly;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.dashboard.IssueDashboardLink;
import java.util.List;

/** The {@code dashboard} command: a moderator gets a private one-time login link to the web dashboard. */
final class DashboardCommands {

    private DashboardCommands() {}

    static void register(CommandCatalog catalog, IssueDashboardLink issue) {
        catalog.add(
                new CommandSpec(
                        "dashboard",
                        null,
                        "Open the moderators' web dashboard (a one-time link)",
                        Access.MODERATOR,
                        List.of(),
                        "dashboard"),
                (ctx, o) -> issue.execute(ctx.requester(), ctx.caller().actor().platformModerator()));
    }
}
