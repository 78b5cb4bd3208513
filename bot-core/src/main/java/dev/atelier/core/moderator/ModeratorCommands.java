package dev.atelier.core.moderator;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.community.CommunityStore;
import java.util.List;

/** Who moderates a community: {@code moderator add}, {@code moderator remove}, {@code moderator list}. */
public final class ModeratorCommands implements Feature {

    private final UseCases u;

    public ModeratorCommands(CommunityStore communities) {
        this.u = new UseCases(new ManageModerators(communities));
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                CommandSpec.onMember(
                        "moderator", "add", "Make a member a moderator", Access.MODERATOR, "moderator add @carol"),
                (ctx, o) -> u.moderators.add(ctx.requester(), o.member("member")));
        catalog.add(
                CommandSpec.onMember(
                        "moderator",
                        "remove",
                        "Remove a member from the moderators",
                        Access.MODERATOR,
                        "moderator remove @carol"),
                (ctx, o) -> u.moderators.remove(ctx.requester(), o.member("member")));
        catalog.add(
                new CommandSpec(
                        "moderator",
                        "list",
                        "List the moderators added here",
                        Access.MODERATOR,
                        List.of(),
                        "moderator list"),
                (ctx, o) -> u.moderators.list(ctx.requester()));
    }

    /** The use cases these commands call. */
    record UseCases(ManageModerators moderators) {}
}
