package dev.atelier.core.command;

import dev.atelier.core.message.ObservedMessage;

/** What the bot does with a message it sees in a channel; {@link #IGNORE} for bots that do not listen. */
@FunctionalInterface
public interface MessageObserver {

    MessageObserver IGNORE = message -> false;

    /** @return whether the message was counted now */
    boolean observe(ObservedMessage message);
}
