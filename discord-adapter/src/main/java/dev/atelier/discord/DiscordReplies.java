package dev.atelier.discord;

import dev.atelier.core.community.Platform;
import dev.atelier.core.inbox.CommandReplies;
import dev.atelier.core.inbox.InboxCommand;
import dev.atelier.core.message.Message;
import dev.atelier.core.workspace.ApiMetrics;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a stored slash command through the hook of its interaction (the token stays valid 15 minutes
 * after the deferral), waiting for Discord's answer so that a refusal falls back to a DM. As
 * {@link OutcomeReplies}: a private reply replaces the deferred message; a public one turns it into a
 * short confirmation and follows up in the channel, or is shown privately when that fails. The answer goes
 * through Discord's webhook endpoint, which any shard reaches; running the command is for the instance that
 * holds its server's shard ({@link #runsHere}).
 */
final class DiscordReplies implements CommandReplies {

    private static final Logger log = LoggerFactory.getLogger(DiscordReplies.class);

    private final Supplier<Optional<JDA>> jda;
    private final ApiMetrics metrics;

    DiscordReplies(Supplier<Optional<JDA>> jda, ApiMetrics metrics) {
        this.jda = jda;
        this.metrics = metrics;
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public Duration validity() {
        return Duration.ofMinutes(15);
    }

    /**
     * Only while connected, and only for a server on one of this instance's shards (any server without
     * sharding): a command runs where its server's channels, roles and members are at hand, so that a workspace
     * it creates or a thread it opens is made through the shard that holds the server. Another instance's
     * server is left to that instance (which received the command through its gateway and stored it).
     */
    @Override
    public boolean runsHere(InboxCommand command) {
        return jda.get()
                .map(client ->
                        ShardLookup.holds(client, command.caller().community().externalId()))
                .orElse(false);
    }

    @Override
    public boolean answer(InboxCommand command, Message reply) {
        Optional<JDA> client = jda.get();
        if (client.isEmpty()) {
            return false;
        }
        InteractionHook hook = InteractionHook.from(client.get(), command.replyTo());
        try {
            if (reply.ephemeral()) {
                hook.editOriginal(MessageRenderer.renderEdit(reply)).complete();
                return true;
            }
            hook.editOriginal(OutcomeReplies.POSTED).complete();
            try {
                hook.sendMessage(MessageRenderer.render(reply))
                        .setEphemeral(false)
                        .complete();
            } catch (RuntimeException e) {
                DiscordApiErrors.report(metrics, "interaction", e);
                log.warn("Public reply could not be posted ({}); showing it privately", e.toString());
                hook.editOriginal(MessageRenderer.renderEdit(reply)).complete();
            }
            return true;
        } catch (RuntimeException e) {
            DiscordApiErrors.report(metrics, "interaction", e);
            log.warn("Could not answer a stored command through its interaction: {}", e.toString());
            return false;
        }
    }
}
