package dev.atelier.core.workspace;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.ThreadRef;

/**
 * Outbound port: threads for questions. Discord opens a thread channel started from the posted
 * message; Slack's thread is the posted message itself, replies carry its {@code ts}.
 */
public interface Threads {

    Platform platform();

    /**
     * Posts {@code message} in the channel and opens a thread on it named {@code name}, then posts
     * {@code opening} (may be null) inside the thread, which brings the members it mentions in.
     *
     * @throws WorkspaceUnavailableException when the platform refuses (missing permission, unknown channel)
     */
    ThreadRef open(CommunityRef community, String channelId, String name, Message message, Message opening);

    /**
     * Posts in the thread, unarchiving it first when it was archived.
     *
     * @return false when the thread is gone (deleted on the platform), so the caller can open a new one
     * @throws WorkspaceUnavailableException when the platform refuses for another reason
     */
    boolean post(CommunityRef community, ThreadRef thread, Message message);
}
