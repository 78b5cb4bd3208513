package dev.atelier.core.inbox;

import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Message;
import java.time.Duration;

/**
 * Port: a platform's channel for answering a stored command (Slack's response URL, Discord's
 * interaction hook), valid for a while after the command arrived.
 */
public interface CommandReplies {

    Platform platform();

    /** How long after arrival the reply channel accepts an answer (Slack: 30 min, Discord: 15 min). */
    Duration validity();

    /**
     * The caller to run the command as. The stored caller by default; a platform may look up what it
     * could not know when acknowledging (such as whether the member is a workspace admin).
     */
    default Caller caller(InboxCommand command) {
        return command.caller();
    }

    /**
     * Whether this instance can run the command: false when it reaches the command's community only through
     * another instance's connection (a Discord server on a shard another instance holds), or not yet connected;
     * that instance runs it instead. True by default.
     */
    default boolean runsHere(InboxCommand command) {
        return true;
    }

    /** Answers through the reply channel; false when it refused (expired, gone), so that a DM is sent instead. */
    boolean answer(InboxCommand command, Message reply);
}
