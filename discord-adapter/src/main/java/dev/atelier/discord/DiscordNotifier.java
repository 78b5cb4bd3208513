package dev.atelier.discord;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.FileAttachment;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.MessageRef;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.outbox.Attempt;
import dev.atelier.core.outbox.Courier;
import dev.atelier.core.outbox.OutboxItem;
import dev.atelier.core.workspace.ApiMetrics;
import dev.atelier.core.workspace.FileSender;
import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.Threads;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts notifications to a channel or thread of the community's guild, or to a member's DMs. When
 * that fails (a member who blocks DMs, error 50007; an unknown or foreign channel; a missing
 * permission) it tries the notification's fallback once. It never throws: failures are logged.
 * A DM's buttons carry the guild in their ids (see {@link DirectRoutes}), since a press in DMs has
 * no guild of its own; a channel's buttons keep the core's ids. The outbox's items go one call at a
 * time through {@link DiscordCourier}, which posts each with a nonce so a retry is not posted twice.
 */
final class DiscordNotifier implements Notifier, Threads, FileSender, Courier {

    private static final Logger log = LoggerFactory.getLogger(DiscordNotifier.class);

    private final Supplier<Optional<JDA>> jda;
    private final DiscordThreads threads;
    private final DiscordFiles files;
    private final DiscordCourier courier;

    private final ApiMetrics metrics;

    DiscordNotifier(Supplier<Optional<JDA>> jda) {
        this(jda, ApiMetrics.NONE);
    }

    /** Reporting failed and rate-limited sends to {@code metrics}. */
    DiscordNotifier(Supplier<Optional<JDA>> jda, ApiMetrics metrics) {
        this.metrics = metrics;
        this.jda = jda;
        this.threads = new DiscordThreads(jda);
        this.files = new DiscordFiles(jda);
        this.courier = new DiscordCourier(jda, metrics);
    }

    @Override
    public Attempt deliver(OutboxItem item) {
        return courier.deliver(item);
    }

    @Override
    public Optional<String> linkTo(CommunityRef community, MessageRef at) {
        return courier.linkTo(community, at);
    }

    @Override
    public Attempt edit(OutboxItem item, MessageRef at) {
        return courier.edit(item, at);
    }

    @Override
    public boolean sendFile(CommunityRef community, String memberId, Message message, FileAttachment file) {
        return files.send(community, memberId, message, file);
    }

    @Override
    public ThreadRef open(CommunityRef community, String channelId, String name, Message message, Message opening) {
        return threads.open(community, channelId, name, message, opening);
    }

    @Override
    public boolean post(CommunityRef community, ThreadRef thread, Message message) {
        return threads.post(community, thread, message);
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public void send(CommunityRef community, Notification notification) {
        try {
            deliver(
                    community,
                    notification.to(),
                    notification.message(),
                    failure -> fallback(community, notification, failure));
        } catch (RuntimeException e) {
            log.warn("Could not notify {} in {}: {}", notification.to(), community.id(), e.toString());
        }
    }

    private void fallback(CommunityRef community, Notification notification, Throwable failure) {
        if (notification.fallback() == null) {
            log.warn(
                    "Could not notify {} in {} and there is no fallback: {}",
                    notification.to(),
                    community.id(),
                    failure.toString());
            return;
        }
        log.info(
                "Could not notify {} in {} ({}); trying {}",
                notification.to(),
                community.id(),
                failure.toString(),
                notification.fallback());
        deliver(
                community,
                notification.fallback(),
                notification.message(),
                again -> log.warn(
                        "Fallback {} failed too in {}: {}", notification.fallback(), community.id(), again.toString()));
    }

    private void deliver(CommunityRef community, Destination to, Message message, Consumer<Throwable> failed) {
        Consumer<Throwable> onFailure = failure -> {
            DiscordApiErrors.report(metrics, "send", failure);
            failed.accept(failure);
        };
        try {
            JDA client = jda.get().orElseThrow(() -> new IllegalStateException("not connected to Discord"));
            if (to instanceof Destination.Direct direct) {
                MessageCreateData data = MessageRenderer.render(message, DirectRoutes.forGuild(community.externalId()));
                client.openPrivateChannelById(direct.memberId())
                        .queue(channel -> channel.sendMessage(data).queue(sent -> {}, onFailure), onFailure);
            } else if (to instanceof Destination.Channel target) {
                if (!ShardLookup.holds(client, community.externalId())) {
                    // not gone: another instance's shard; its fallback (a DM) goes through any shard
                    throw new IllegalStateException(ShardLookup.ELSEWHERE);
                }
                GuildMessageChannel channel =
                        ShardLookup.channel(client, GuildMessageChannel.class, target.channelId());
                if (channel == null || !channel.getGuild().getId().equals(community.externalId())) {
                    throw new IllegalStateException("no channel " + target.channelId() + " in this server");
                }
                channel.sendMessage(MessageRenderer.render(message)).queue(sent -> {}, onFailure);
            }
        } catch (RuntimeException e) {
            onFailure.accept(e);
        }
    }
}
