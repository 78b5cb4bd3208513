package dev.atelier.core.question;

import dev.atelier.core.message.ThreadRef;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: questions, one document each, always within one community. */
public interface QuestionStore {

    long nextNumber(String communityId);

    /** Stores a new question, or saves a changed one if nobody changed it since it was loaded. */
    Question save(Question question);

    Optional<Question> find(String communityId, long number);

    /** The questions of one internship, oldest first. */
    List<Question> ofInternship(String communityId, long internshipNumber);

    /** Questions of these cohorts whose answer was kept as knowledge, newest first, at most {@code limit}. */
    List<Question> knowledge(String communityId, Collection<String> cohortNames, int limit);

    /** Open and reopened questions addressed to the mentor, oldest first. */
    List<Question> waitingFor(String communityId, String mentorId);

    /** Open and reopened questions of the community, oldest first, at most {@code limit}. */
    List<Question> waitingIn(String communityId, int limit);

    /** Records the question's (new) thread; stale copies of the question then fail to save. */
    void recordThread(String communityId, long number, ThreadRef thread);

    /** The question whose thread, or whose peer-help thread, this is. */
    Optional<Question> findByThread(String communityId, String threadId);

    /**
     * Claims the one peer-help offer of a question: true only for the caller that marked it offered
     * at {@code at}, and only while it still waits, the asker did not keep it from peers and no failed
     * offer asked to wait beyond {@code at}.
     */
    boolean claimPeerOffer(String communityId, long number, Instant at);

    /**
     * Gives back the offer claimed at {@code offeredAt} that could not be posted: it may be claimed
     * again from {@code retryAfter} on.
     */
    void releasePeerOffer(String communityId, long number, Instant offeredAt, Instant retryAfter);

    /** Records where the peer-help offer was posted. */
    void recordPeerThread(String communityId, long number, ThreadRef thread);
}
