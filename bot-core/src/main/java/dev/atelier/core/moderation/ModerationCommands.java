package dev.atelier.core.moderation;

import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionType;
import java.util.List;

/**
 * The moderation feature in the catalog: {@code community moderators-channel}, and the moderator loop
 * following the commands it watches. Listed after every other feature, so that it follows them all.
 */
public final class ModerationCommands implements Feature {

    /** A member who asks to be forgotten is not remembered again by that very command. */
    private static final String FORGET_ME = "forget me";

    private final ModeratorLoop loop;
    private final SetModeratorChannel setChannel;
    private final ModeratorWorkspaces workspaces;

    public ModerationCommands(ModeratorLoop loop, SetModeratorChannel setChannel, ModeratorWorkspaces workspaces) {
        this.loop = loop;
        this.setChannel = setChannel;
        this.workspaces = workspaces;
    }

    /** Adds {@code community moderators-channel}, then follows the commands declared before it. */
    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "community",
                        "moderators-channel",
                        "Where moderators get notices (once each) instead of DMs",
                        Access.MODERATOR,
                        List.of(required("channel", OptionType.CHANNEL, "The moderators' channel")),
                        "community moderators-channel #moderators"),
                (ctx, o) -> setChannel.execute(ctx.requester(), o.text("channel")));
        catalog.follow(
                "internship withdraw",
                (ctx, o, out) -> loop.ended(ctx, o.number("internship"), "withdrew", o.text("reason"), out));
        catalog.follow(
                "internship close",
                (ctx, o, out) -> loop.ended(ctx, o.number("internship"), "closed", o.text("reason"), out));
        catalog.follow("pair decline", (ctx, o, out) -> loop.declined(ctx, o.text("cohort"), out));
        catalog.follow("cohort join", (ctx, o, out) -> loop.joined(ctx, o.text("cohort"), out));
        catalog.follow(
                "cohort approve", (ctx, o, out) -> loop.approved(ctx, o.text("cohort"), o.member("member"), out));
        catalog.follow("moderator add", (ctx, o, out) -> workspaces.changed(ctx, o.member("member"), true, out));
        catalog.follow("moderator remove", (ctx, o, out) -> workspaces.changed(ctx, o.member("member"), false, out));
        catalog.followEvery(path -> !path.equals(FORGET_ME), (ctx, o, out) -> loop.sawActing(ctx, out));
    }
}
