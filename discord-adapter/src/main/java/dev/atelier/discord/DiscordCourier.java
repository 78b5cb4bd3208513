package dev.atelier.discord;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.MessageRef;
import dev.atelier.core.message.ThreadChange;
import dev.atelier.core.outbox.Attempt;
import dev.atelier.core.outbox.Courier;
import dev.atelier.core.outbox.OutboxItem;
import dev.atelier.core.workspace.ApiMetrics;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Delivers outbox items with one message post each (after opening the DM channel for a member, and
 * unarchiving a thread first), never waiting out a rate limit itself: a 429 comes back with its
 * Retry-After, a 5xx, a timeout or a lost connection as an unknown outcome. Each post carries a nonce
 * made from the item's id with {@code enforce_nonce} (JDA sends it with every message), so when the
 * outbox posts an item again after an unknown outcome, Discord returns the message the earlier
 * attempt created instead of creating a second one, as long as the retry comes within Discord's nonce
 * window (a few minutes). A member who blocks DMs (50007) is {@code BLOCKED}, so the outbox falls
 * back to the workspace; an unknown channel or thread (10003) is {@code GONE}. Messages are rendered
 * by {@link MessageRenderer}, so its allowed-mentions rules hold here too.
 */
final class DiscordCourier implements Courier {

    /** Discord's limit on a nonce's length. */
    static final int NONCE_MAX = 25;

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** How long an item for a server on another instance's shards waits before it is tried again (by any instance). */
    private static final Duration ELSEWHERE = Duration.ofSeconds(5);

    private static final Set<ErrorResponse> GONE = EnumSet.of(ErrorResponse.UNKNOWN_CHANNEL);
    private static final Set<ErrorResponse> EDIT_GONE =
            EnumSet.of(ErrorResponse.UNKNOWN_CHANNEL, ErrorResponse.UNKNOWN_MESSAGE);
    private static final Set<ErrorResponse> BLOCKED =
            EnumSet.of(ErrorResponse.CANNOT_SEND_TO_USER, ErrorResponse.UNKNOWN_USER);

    private final Supplier<Optional<JDA>> jda;
    private final ApiMetrics metrics;

    DiscordCourier(Supplier<Optional<JDA>> jda, ApiMetrics metrics) {
        this.jda = jda;
        this.metrics = metrics;
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    /** The nonce of an item's post: its id (24 hex characters), or a digest of a longer id cut to Discord's limit. */
    static String nonce(OutboxItem item) {
        String id = item.id();
        if (id.length() <= NONCE_MAX) {
            return id;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, NONCE_MAX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    @Override
    public Attempt deliver(OutboxItem item) {
        Optional<JDA> connected = jda.get();
        if (connected.isEmpty()) {
            return Attempt.rateLimited(null, "not connected to Discord");
        }
        JDA client = connected.get();
        if (!ShardLookup.holds(client, item.community().externalId())) {
            return Attempt.rateLimited(ELSEWHERE, "the server is on another instance's shards");
        }
        String step = "open";
        try {
            Target target = targetOf(client, item);
            if (target.channel() == null) {
                return Attempt.gone(target.missing());
            }
            step = "send";
            net.dv8tion.jda.api.entities.Message sent = target.channel()
                    .sendMessage(target.data())
                    .setNonce(nonce(item))
                    .timeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .complete(false);
            if (item.living() != null && item.living().pin()) {
                pin(target.channel(), sent.getId());
            }
            return Attempt.delivered(target.channel().getId() + "/" + sent.getId());
        } catch (RateLimitedException e) {
            DiscordApiErrors.report(metrics, "send", e);
            return Attempt.rateLimited(Duration.ofMillis(Math.max(1000, e.getRetryAfter())), "rate-limited by Discord");
        } catch (ErrorResponseException e) {
            DiscordApiErrors.report(metrics, "send", e);
            return classify(item, step, e);
        } catch (PermissionException e) {
            DiscordApiErrors.report(metrics, "send", e);
            return Attempt.refused("Atelier lacks the " + e.getPermission().getName() + " permission");
        } catch (RuntimeException e) {
            DiscordApiErrors.report(metrics, "send", e);
            return Attempt.unsure(step + ": " + e.getClass().getSimpleName());
        }
    }

    /** The message's jump URL, which Discord shows as a link to it in its server and channel. */
    @Override
    public Optional<String> linkTo(CommunityRef community, MessageRef at) {
        return Optional.of(
                "https://discord.com/channels/" + community.externalId() + "/" + at.channelId() + "/" + at.messageId());
    }

    /**
     * Replaces the message at {@code at} (in a guild channel, or the member's DMs) with the item's message,
     * pinging nobody (an edit never notifies), then renames and archives or unarchives the thread started
     * from it (its id is the message's) when the item says so.
     */
    @Override
    public Attempt edit(OutboxItem item, MessageRef at) {
        Optional<JDA> connected = jda.get();
        if (connected.isEmpty()) {
            return Attempt.rateLimited(null, "not connected to Discord");
        }
        JDA client = connected.get();
        String guild = item.community().externalId();
        if (!ShardLookup.holds(client, guild)) {
            return Attempt.rateLimited(ELSEWHERE, "the server is on another instance's shards");
        }
        try {
            MessageChannel channel = ShardLookup.channel(client, GuildMessageChannel.class, at.channelId());
            MessageEditData data;
            if (channel != null) {
                if (!((GuildMessageChannel) channel).getGuild().getId().equals(guild)) {
                    return Attempt.gone("no channel " + at.channelId() + " in this server");
                }
                data = MessageRenderer.renderUpdate(item.message(), java.util.function.UnaryOperator.identity());
            } else if (item.to() instanceof Destination.Direct direct) {
                channel = client.openPrivateChannelById(direct.memberId())
                        .timeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                        .complete(false);
                data = MessageRenderer.renderUpdate(item.message(), DirectRoutes.forGuild(guild));
            } else {
                return Attempt.gone("no channel " + at.channelId() + " in this server");
            }
            channel.editMessageById(at.messageId(), data)
                    .timeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .complete(false);
            ThreadChange change = item.living().thread();
            if (change != null) {
                Optional<ThreadChannel> found = ThreadLookup.find(client, guild, at.channelId(), at.messageId());
                if (found.isPresent()) {
                    found.get()
                            .getManager()
                            .setName(Text.truncate(change.name(), DiscordThreads.NAME_LIMIT))
                            .setArchived(change.archived())
                            .timeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                            .complete(false);
                }
            }
            return Attempt.delivered(at.toString());
        } catch (RateLimitedException e) {
            DiscordApiErrors.report(metrics, "edit", e);
            return Attempt.rateLimited(Duration.ofMillis(Math.max(1000, e.getRetryAfter())), "rate-limited by Discord");
        } catch (ErrorResponseException e) {
            DiscordApiErrors.report(metrics, "edit", e);
            if (EDIT_GONE.contains(e.getErrorResponse())) {
                return Attempt.gone("edit: " + e.getErrorCode() + " " + e.getMeaning());
            }
            return classify(item, "edit", e);
        } catch (PermissionException e) {
            DiscordApiErrors.report(metrics, "edit", e);
            return Attempt.refused("Atelier lacks the " + e.getPermission().getName() + " permission");
        } catch (RuntimeException e) {
            DiscordApiErrors.report(metrics, "edit", e);
            return Attempt.unsure("edit: " + e.getClass().getSimpleName());
        }
    }

    /** Pins a control message; a refusal (no permission to pin) leaves it posted, unpinned. */
    private void pin(MessageChannel channel, String messageId) {
        try {
            channel.pinMessageById(messageId)
                    .timeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .complete(false);
        } catch (RateLimitedException | RuntimeException e) {
            DiscordApiErrors.report(metrics, "pin", e);
        }
    }

    /** Where the item goes, rendered for it; a null channel says why there is none. */
    private record Target(MessageChannel channel, MessageCreateData data, String missing) {}

    private static Target targetOf(JDA client, OutboxItem item) throws RateLimitedException {
        String guild = item.community().externalId();
        if (item.inThread()) {
            ThreadChannel thread = ThreadLookup.find(
                            client,
                            guild,
                            item.thread().channelId(),
                            item.thread().threadId())
                    .orElse(null);
            if (thread == null) {
                return new Target(null, null, "the thread is gone");
            }
            if (thread.isArchived()) {
                if (thread.isLocked()) {
                    return new Target(null, null, "the thread is locked");
                }
                thread.getManager().setArchived(false).complete(false);
            }
            return new Target(thread, MessageRenderer.render(item.message()), null);
        }
        if (item.to() instanceof Destination.Direct direct) {
            PrivateChannel channel = client.openPrivateChannelById(direct.memberId())
                    .timeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .complete(false);
            return new Target(channel, MessageRenderer.render(item.message(), DirectRoutes.forGuild(guild)), null);
        }
        String channelId = ((Destination.Channel) item.to()).channelId();
        GuildMessageChannel channel = ShardLookup.channel(client, GuildMessageChannel.class, channelId);
        if (channel == null || !channel.getGuild().getId().equals(guild)) {
            return new Target(null, null, "no channel " + channelId + " in this server");
        }
        return new Target(channel, MessageRenderer.render(item.message()), null);
    }

    private static Attempt classify(OutboxItem item, String step, ErrorResponseException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().code;
        String reason = step + ": " + e.getErrorCode() + " " + e.getMeaning();
        if (status == 429 || e.getErrorCode() == 429) {
            long millis = e.getResponse() == null ? 0 : e.getResponse().retryAfter;
            return Attempt.rateLimited(
                    millis > 0 ? Duration.ofMillis(Math.max(1000, millis)) : null, "rate-limited by Discord");
        }
        if (e.isServerError() || status >= 500 || status <= 0) {
            return Attempt.unsure(reason);
        }
        if (item.to() instanceof Destination.Direct
                && !item.inThread()
                && (BLOCKED.contains(e.getErrorResponse()) || "open".equals(step))) {
            return Attempt.blocked(reason);
        }
        if (GONE.contains(e.getErrorResponse())) {
            return Attempt.gone(reason);
        }
        return Attempt.refused(reason);
    }
}
