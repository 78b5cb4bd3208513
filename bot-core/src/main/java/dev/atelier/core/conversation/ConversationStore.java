package dev.atelier.core.conversation;

import java.time.Instant;
import java.util.Optional;

/** Port: which messages were already counted, and how many each internship exchanged. */
public interface ConversationStore {

    /** Records the message id; false when it was recorded before (a retried or duplicated delivery). */
    boolean firstSighting(String communityId, String messageId);

    /** Counts one more message of the internship, posted at {@code at}. */
    void countMessage(String communityId, long internshipNumber, Instant at);

    long messages(String communityId, long internshipNumber);

    /** When the latest counted message of the internship was posted, if any was. */
    Optional<Instant> lastMessageAt(String communityId, long internshipNumber);
}
