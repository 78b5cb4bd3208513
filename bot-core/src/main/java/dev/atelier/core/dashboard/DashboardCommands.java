package dev.atelier.core.dashboard;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import java.time.Clock;
import java.util.List;

/** The {@code dashboard} command: a moderator gets a private one-time login link to the web dashboard. */
public final class DashboardCommands implements Feature {

    private final IssueDashboardLink issue;

    /** Links under the base address the application serves the dashboard from. */
    public DashboardCommands(LoginLinkStore loginLinks, String base, Clock clock) {
        this.issue = new IssueDashboardLink(loginLinks, base, clock);
    }

    @Override
    public void register(CommandCatalog catalog) {
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
