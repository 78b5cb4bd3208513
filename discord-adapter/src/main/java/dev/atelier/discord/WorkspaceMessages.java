package dev.atelier.discord;

import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.ObservedMessage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;

/**
 * Messages posted in servers: hands the core who wrote where (a message in a thread as the
 * thread's id with its parent channel) and the message id, never the text, so it can count the
 * messages of internship workspaces and question threads and notice first replies. Bots,
 * webhooks and DMs are skipped.
 */
final class WorkspaceMessages {

    private final Supplier<AtelierBot> bot;
    private final Executor workers;

    WorkspaceMessages(Supplier<AtelierBot> bot, Executor workers) {
        this.bot = bot;
        this.workers = workers;
    }

    void handle(MessageReceivedEvent event) {
        if (!event.isFromGuild() || event.getAuthor().isBot() || event.isWebhookMessage()) {
            return;
        }
        Guild guild = event.getGuild();
        String channelId = event.getChannel().getId();
        String threadId = null;
        if (event.isFromThread()) {
            threadId = channelId;
            channelId = event.getChannel().asThreadChannel().getParentChannel().getId();
        }
        ObservedMessage message = new ObservedMessage(
                new CommunityRef(Platform.DISCORD, guild.getId(), guild.getName()),
                channelId,
                threadId,
                event.getMessageId(),
                event.getAuthor().getId(),
                event.getMessage().getTimeCreated().toInstant());
        workers.execute(() -> bot.get().observe(message));
    }
}
