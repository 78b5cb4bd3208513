package dev.atelier.core.clock.visit;

import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The question store, planning a visit of a question's internship whenever the question is saved. */
public final class VisitingQuestions implements QuestionStore {

    private final QuestionStore store;
    private final Visits visits;

    public VisitingQuestions(QuestionStore store, Visits visits) {
        this.store = store;
        this.visits = visits;
    }

    @Override
    public Question save(Question question) {
        Question saved = store.save(question);
        visits.soon(saved.data().communityId(), saved.data().internshipNumber());
        return saved;
    }

    @Override
    public long nextNumber(String communityId) {
        return store.nextNumber(communityId);
    }

    @Override
    public Optional<Question> find(String communityId, long number) {
        return store.find(communityId, number);
    }

    @Override
    public List<Question> ofInternship(String communityId, long internshipNumber) {
        return store.ofInternship(communityId, internshipNumber);
    }

    @Override
    public List<Question> knowledge(String communityId, Collection<String> cohortNames, int limit) {
        return store.knowledge(communityId, cohortNames, limit);
    }

    @Override
    public List<Question> waitingFor(String communityId, String mentorId) {
        return store.waitingFor(communityId, mentorId);
    }

    @Override
    public List<Question> waitingIn(String communityId, int limit) {
        return store.waitingIn(communityId, limit);
    }

    @Override
    public void recordThread(String communityId, long number, ThreadRef thread) {
        store.recordThread(communityId, number, thread);
    }

    @Override
    public Optional<Question> findByThread(String communityId, String threadId) {
        return store.findByThread(communityId, threadId);
    }

    @Override
    public List<Question> peerCandidates(Instant askedAfter, Instant askedBy, int limit) {
        return store.peerCandidates(askedAfter, askedBy, limit);
    }

    @Override
    public boolean claimPeerOffer(String communityId, long number, Instant at) {
        return store.claimPeerOffer(communityId, number, at);
    }

    @Override
    public void releasePeerOffer(String communityId, long number, Instant offeredAt, Instant retryAfter) {
        store.releasePeerOffer(communityId, number, offeredAt, retryAfter);
    }

    @Override
    public void recordPeerThread(String communityId, long number, ThreadRef thread) {
        store.recordPeerThread(communityId, number, thread);
    }
}
