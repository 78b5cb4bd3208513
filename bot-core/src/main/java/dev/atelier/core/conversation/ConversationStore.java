package dev.atelier.core.conversation;

/** Port: which messages were already counted, and how many each internship and each question's thread exchanged. */
public interface ConversationStore {

    /** Records the message id; false when it was recorded before (a retried or duplicated delivery). */
    boolean firstSighting(String communityId, String messageId);

    void countMessage(String communityId, long internshipNumber);

    long messages(String communityId, long internshipNumber);

    void countInQuestion(String communityId, long questionNumber);

    long messagesInQuestion(String communityId, long questionNumber);
}
