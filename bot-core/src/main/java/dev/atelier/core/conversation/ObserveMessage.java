package dev.atelier.core.conversation;

import dev.atelier.core.message.ObservedMessage;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStore;
import java.util.Optional;

/**
 * Counts a message posted in an internship's workspace, once per platform message id. Messages
 * elsewhere are ignored, and nothing of the message but the count is kept.
 */
public final class ObserveMessage implements MessageObserver {

    private final InternshipStore internships;
    private final ConversationStore conversations;

    public ObserveMessage(InternshipStore internships, ConversationStore conversations) {
        this.internships = internships;
        this.conversations = conversations;
    }

    @Override
    public boolean observe(ObservedMessage m) {
        String communityId = m.community().id();
        Optional<Internship> internship = internships.findByWorkspace(communityId, m.channelId());
        if (internship.isEmpty() || !conversations.firstSighting(communityId, m.messageId())) {
            return false;
        }
        conversations.countMessage(communityId, internship.get().number(), m.at());
        return true;
    }
}
