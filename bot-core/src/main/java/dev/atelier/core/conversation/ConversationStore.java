package dev.atelier.core.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Port: which messages were already counted, and how many each internship (in all and by week) and
 * each question's thread exchanged, and when the latest was posted.
 */
public interface ConversationStore {

    /** Records the message id; false when it was recorded before (a retried or duplicated delivery). */
    boolean firstSighting(String communityId, String messageId);

    /** Counts one message posted at {@code at}, in the internship's total and in its week (weeks start on Monday, UTC). */
    void countMessage(String communityId, long internshipNumber, Instant at);

    /** The internship's message counts by week, keyed by the Monday (UTC) that starts each week. */
    Map<LocalDate, Long> messagesByWeek(String communityId, long internshipNumber);

    long messages(String communityId, long internshipNumber);

    void countInQuestion(String communityId, long questionNumber);

    long messagesInQuestion(String communityId, long questionNumber);

    /** When the latest counted message of the internship was posted, if any was. */
    Optional<Instant> lastMessageAt(String communityId, long internshipNumber);
}
