package dev.atelier.core.conversation;

import dev.atelier.core.command.MessageObserver;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.ObservedMessage;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Counts a message posted in an internship's workspace or in a thread the bot follows, once per
 * platform message id, for its internship; thread messages also go to {@link ThreadReplies}
 * (which counts them per question and notices the first reply). Messages elsewhere are ignored,
 * and nothing of the message but the count is kept.
 */
public final class ObserveMessage implements MessageObserver {

    private final InternshipStore internships;
    private final ConversationStore conversations;
    private final ThreadReplies threads;

    public ObserveMessage(InternshipStore internships, ConversationStore conversations) {
        this(internships, conversations, ThreadReplies.NONE);
    }

    public ObserveMessage(InternshipStore internships, ConversationStore conversations, ThreadReplies threads) {
        this.internships = internships;
        this.conversations = conversations;
        this.threads = threads;
    }

    @Override
    public boolean observe(ObservedMessage m) {
        String communityId = m.community().id();
        OptionalLong inThread =
                m.threadId() == null ? OptionalLong.empty() : threads.internshipOf(communityId, m.threadId());
        Optional<Long> internship = inThread.isPresent()
                ? Optional.of(inThread.getAsLong())
                : internships.findByWorkspace(communityId, m.channelId()).map(Internship::number);
        if (internship.isEmpty() || !conversations.firstSighting(communityId, m.messageId())) {
            return false;
        }
        conversations.countMessage(communityId, internship.get(), m.at());
        if (inThread.isPresent()) {
            threads.replied(m);
        }
        return true;
    }
}
