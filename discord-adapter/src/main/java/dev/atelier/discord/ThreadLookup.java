package dev.atelier.discord;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.exceptions.RateLimitedException;

/**
 * Finds a question's thread even when JDA no longer caches it: JDA drops a thread from its cache when
 * it is archived (a resolved question's), so after the cache the thread is looked for among the
 * parent channel's archived public threads, then among the guild's active ones (just unarchived, its
 * update not yet seen). Empty when the thread is gone or belongs to another server.
 */
final class ThreadLookup {

    private ThreadLookup() {}

    static Optional<ThreadChannel> find(JDA client, String guildId, String parentId, String threadId)
            throws RateLimitedException {
        ThreadChannel cached = ShardLookup.channel(client, ThreadChannel.class, threadId);
        if (cached != null) {
            return cached.getGuild().getId().equals(guildId) ? Optional.of(cached) : Optional.empty();
        }
        IThreadContainer parent = ShardLookup.channel(client, IThreadContainer.class, parentId);
        if (parent == null || !parent.getGuild().getId().equals(guildId)) {
            return Optional.empty();
        }
        Optional<ThreadChannel> archived =
                among(parent.retrieveArchivedPublicThreadChannels().complete(false), threadId);
        if (archived.isPresent()) {
            return archived;
        }
        return among(parent.getGuild().retrieveActiveThreads().complete(false), threadId);
    }

    private static Optional<ThreadChannel> among(List<ThreadChannel> threads, String threadId) {
        return threads.stream().filter(t -> t.getId().equals(threadId)).findFirst();
    }
}
