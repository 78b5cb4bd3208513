package dev.atelier.discord;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.workspace.WorkspaceUnavailableException;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * Question threads on Discord: the question is posted in the workspace channel and a thread is
 * started from that message ({@code createThreadChannel}); the opening line inside mentions the
 * mentor, which adds them to it. Posting unarchives an archived thread; a thread Discord no longer
 * knows (deleted, or archived and out of the cache) counts as lost, so the core opens a new one. A server on
 * another instance's shards is refused with {@link ShardLookup#ELSEWHERE}, never taken for a lost channel.
 */
final class DiscordThreads {

    static final int NAME_LIMIT = 100;

    private final Supplier<Optional<JDA>> jda;

    DiscordThreads(Supplier<Optional<JDA>> jda) {
        this.jda = jda;
    }

    ThreadRef open(CommunityRef community, String channelId, String name, Message message, Message opening) {
        heldHere(community);
        GuildMessageChannel channel = ShardLookup.channel(client(), GuildMessageChannel.class, channelId);
        if (channel == null || !channel.getGuild().getId().equals(community.externalId())) {
            throw new WorkspaceUnavailableException("the channel is gone or not in this server");
        }
        try {
            net.dv8tion.jda.api.entities.Message posted =
                    channel.sendMessage(MessageRenderer.render(message)).complete();
            ThreadChannel thread =
                    posted.createThreadChannel(Text.truncate(name, NAME_LIMIT)).complete();
            if (opening != null) {
                thread.sendMessage(MessageRenderer.render(opening)).complete();
            }
            return new ThreadRef(
                    channelId,
                    thread.getId(),
                    "https://discord.com/channels/" + community.externalId() + "/" + thread.getId());
        } catch (PermissionException e) {
            throw new WorkspaceUnavailableException(
                    "Atelier lacks the " + e.getPermission().getName() + " permission in that channel", e);
        } catch (ErrorResponseException e) {
            throw new WorkspaceUnavailableException("Discord refused: " + e.getMeaning(), e);
        }
    }

    boolean post(CommunityRef community, ThreadRef ref, Message message) {
        heldHere(community);
        ThreadChannel thread = ShardLookup.channel(client(), ThreadChannel.class, ref.threadId());
        if (thread == null || !thread.getGuild().getId().equals(community.externalId())) {
            return false;
        }
        try {
            if (thread.isArchived()) {
                if (thread.isLocked()) {
                    return false;
                }
                thread.getManager().setArchived(false).complete();
            }
            thread.sendMessage(MessageRenderer.render(message)).complete();
            return true;
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.UNKNOWN_CHANNEL) {
                return false;
            }
            throw new WorkspaceUnavailableException("Discord refused: " + e.getMeaning(), e);
        } catch (PermissionException e) {
            throw new WorkspaceUnavailableException(
                    "Atelier lacks the " + e.getPermission().getName() + " permission in that thread", e);
        }
    }

    /**
     * A server on another instance's shards is not in this instance's cache: its channels and threads are not
     * gone, they are that instance's to reach; say so (a refusal to try again), rather than lose the thread.
     */
    private void heldHere(CommunityRef community) {
        if (!ShardLookup.holds(client(), community.externalId())) {
            throw new WorkspaceUnavailableException(ShardLookup.ELSEWHERE);
        }
    }

    private JDA client() {
        return jda.get().orElseThrow(() -> new WorkspaceUnavailableException("Atelier is not connected to Discord"));
    }
}
