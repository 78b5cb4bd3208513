package dev.atelier.core.store;

import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionData;
import dev.atelier.core.question.QuestionStatus;
import dev.atelier.core.question.QuestionStore;
import dev.atelier.core.shared.ConcurrentChange;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Questions, each saved whole; a save of a stale copy fails with {@link ConcurrentChange}. */
final class MongoQuestionStore implements QuestionStore {

    private static final List<QuestionStatus> WAITING = List.of(QuestionStatus.OPEN, QuestionStatus.REOPENED);

    private final MongoTemplate mongo;
    private final Sequences sequences;

    MongoQuestionStore(MongoTemplate mongo, Sequences sequences) {
        this.mongo = mongo;
        this.sequences = sequences;
    }

    @Override
    public long nextNumber(String communityId) {
        return sequences.next(communityId, "question");
    }

    @Override
    public Question save(Question q) {
        QuestionData d = q.data();
        QuestionDocument doc = new QuestionDocument(
                d.communityId() + "/" + d.number(),
                d.version(),
                d.communityId(),
                d.number(),
                d.internshipNumber(),
                d.cohortName(),
                d.asker(),
                d.mentor(),
                d.mentor().id(),
                d.text(),
                d.askedAt(),
                q.status(),
                q.firstReplyAt(),
                q.firstReplyBy(),
                q.resolvedAt(),
                q.knowledge(),
                q.thread(),
                q.peers());
        try {
            return toQuestion(mongo.save(doc));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("question " + q.label() + " changed meanwhile", e);
        }
    }

    @Override
    public Optional<Question> find(String communityId, long number) {
        return Optional.ofNullable(mongo.findById(communityId + "/" + number, QuestionDocument.class))
                .filter(d -> d.communityId().equals(communityId))
                .map(MongoQuestionStore::toQuestion);
    }

    @Override
    public List<Question> ofInternship(String communityId, long internshipNumber) {
        Query query = Query.query(Criteria.where("communityId")
                        .is(communityId)
                        .and("internshipNumber")
                        .is(internshipNumber))
                .with(Sort.by("number"));
        return mongo.find(query, QuestionDocument.class).stream()
                .map(MongoQuestionStore::toQuestion)
                .toList();
    }

    @Override
    public List<Question> knowledge(String communityId, Collection<String> cohortNames, int limit) {
        Query query = Query.query(Criteria.where("communityId")
                        .is(communityId)
                        .and("cohortName")
                        .in(cohortNames)
                        .and("knowledge")
                        .ne(null))
                .with(Sort.by(Sort.Direction.DESC, "resolvedAt"))
                .limit(limit);
        return mongo.find(query, QuestionDocument.class).stream()
                .map(MongoQuestionStore::toQuestion)
                .toList();
    }

    @Override
    public List<Question> waitingFor(String communityId, String mentorId) {
        Query query = Query.query(Criteria.where("communityId")
                        .is(communityId)
                        .and("mentorId")
                        .is(mentorId)
                        .and("status")
                        .in(WAITING))
                .with(Sort.by("askedAt", "number"));
        return mongo.find(query, QuestionDocument.class).stream()
                .map(MongoQuestionStore::toQuestion)
                .toList();
    }

    @Override
    public List<Question> waitingIn(String communityId, int limit) {
        Query query = Query.query(Criteria.where("communityId")
                        .is(communityId)
                        .and("status")
                        .in(WAITING))
                .with(Sort.by("askedAt", "number"))
                .limit(limit);
        return mongo.find(query, QuestionDocument.class).stream()
                .map(MongoQuestionStore::toQuestion)
                .toList();
    }

    @Override
    public void recordThread(String communityId, long number, ThreadRef thread) {
        mongo.updateFirst(
                byId(communityId, number),
                new Update().set("thread", thread).inc("version", 1),
                QuestionDocument.class);
    }

    @Override
    public Optional<Question> findByThread(String communityId, String threadId) {
        Query query = Query.query(Criteria.where("communityId")
                .is(communityId)
                .orOperator(
                        Criteria.where("thread.threadId").is(threadId),
                        Criteria.where("peers.thread.threadId").is(threadId)));
        return Optional.ofNullable(mongo.findOne(query, QuestionDocument.class)).map(MongoQuestionStore::toQuestion);
    }

    @Override
    public List<Question> peerCandidates(Instant askedAfter, Instant askedBy, int limit) {
        Query query = Query.query(unoffered().and("askedAt").gt(askedAfter).lte(askedBy))
                .with(Sort.by("askedAt", "number"))
                .limit(limit);
        return mongo.find(query, QuestionDocument.class).stream()
                .map(MongoQuestionStore::toQuestion)
                .toList();
    }

    @Override
    public boolean claimPeerOffer(String communityId, long number, Instant at) {
        Query query = Query.query(unoffered()
                .and("_id")
                .is(communityId + "/" + number)
                .and("communityId")
                .is(communityId)
                .and("peers.retryAfter")
                .not()
                .gt(at));
        return mongo.updateFirst(
                                query,
                                new Update()
                                        .set("peers.offeredAt", at)
                                        .set("peers.optedOut", false)
                                        .inc("version", 1),
                                QuestionDocument.class)
                        .getModifiedCount()
                == 1;
    }

    @Override
    public void releasePeerOffer(String communityId, long number, Instant offeredAt, Instant retryAfter) {
        Query query = Query.query(Criteria.where("_id")
                .is(communityId + "/" + number)
                .and("communityId")
                .is(communityId)
                .and("peers.offeredAt")
                .is(offeredAt));
        mongo.updateFirst(
                query,
                new Update()
                        .unset("peers.offeredAt")
                        .set("peers.retryAfter", retryAfter)
                        .inc("version", 1),
                QuestionDocument.class);
    }

    @Override
    public void recordPeerThread(String communityId, long number, ThreadRef thread) {
        mongo.updateFirst(
                byId(communityId, number),
                new Update().set("peers.thread", thread).inc("version", 1),
                QuestionDocument.class);
    }

    /** Waiting, not kept from peers (older documents have no {@code peers}), not offered yet. */
    private static Criteria unoffered() {
        return Criteria.where("status")
                .in(WAITING)
                .and("peers.optedOut")
                .ne(true)
                .and("peers.offeredAt")
                .is(null);
    }

    private static Query byId(String communityId, long number) {
        return Query.query(Criteria.where("_id")
                .is(communityId + "/" + number)
                .and("communityId")
                .is(communityId));
    }

    private static Question toQuestion(QuestionDocument d) {
        return new Question(
                new QuestionData(
                        d.communityId(),
                        d.number(),
                        d.internshipNumber(),
                        d.cohortName(),
                        d.asker(),
                        d.mentor(),
                        d.text(),
                        d.askedAt(),
                        d.version()),
                d.status(),
                d.firstReplyAt(),
                d.firstReplyBy(),
                d.resolvedAt(),
                d.knowledge(),
                d.thread(),
                d.peers());
    }
}
