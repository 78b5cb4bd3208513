package dev.atelier.core.conversation;

import dev.atelier.core.message.ObservedMessage;
import java.util.OptionalLong;

/** Port: what threads the bot follows (question threads) make of the messages posted in them. */
public interface ThreadReplies {

    ThreadReplies NONE = new ThreadReplies() {
        @Override
        public OptionalLong internshipOf(String communityId, String threadId) {
            return OptionalLong.empty();
        }

        @Override
        public void replied(ObservedMessage message) {}
    };

    /** The internship the thread belongs to, when it is one the bot follows. */
    OptionalLong internshipOf(String communityId, String threadId);

    /** A message in such a thread, counted for the first time. */
    void replied(ObservedMessage message);
}
