package dev.atelier.core.store;

import dev.atelier.core.clock.visit.InternshipChanges;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.question.Knowledge;
import dev.atelier.core.question.PeerHelp;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionData;
import dev.atelier.core.question.QuestionStatus;
import dev.atelier.core.question.QuestionStore;
import dev.atelier.core.shared.ConcurrentChange;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Questions, each saved whole; a save of a stale copy fails with {@link ConcurrentChange}. */
final class MongoQuestionStore implements QuestionStore {

    private static final List<QuestionStatus> WAITING = List.of(QuestionStatus.OPEN, QuestionStatus.REOPENED);
    private static final int CHANGE_ATTEMPTS = 5;
    private static final Comparator<Question> OLDEST_FIRST =
            Comparator.comparing((Question q) -> q.data().askedAt()).thenComparingLong(Question::number);

    private final MongoTemplate mongo;
    private final Sequences sequences;
    private final LookupKeys keys;
    private final InternshipChanges changes;
    private final MongoPeerHelpQueue peerHelp;

    MongoQuestionStore(MongoTemplate mongo, Sequences sequences, InternshipChanges changes) {
        this.mongo = mongo;
        this.sequences = sequences;
        this.changes = changes;
        this.keys = new LookupKeys(mongo, QuestionKeys.COLLECTION);
        this.peerHelp = new MongoPeerHelpQueue(mongo);
        StoreIndexes.of(mongo, QuestionDocument.class)
                .retire("communityId_1_mentorId_1_status_1")
                .retire("communityId_1_internshipNumber_1")
                .retire("communityId_1_thread.threadId_1")
                .retire("communityId_1_peers.thread.threadId_1")
                .unique("question_identity", "communityId", "number")
                .unique("question_version", "_id", "version")
                .on("communityId", "status", "askedAt")
                .on("communityId", "cohortName")
                .on("status", "askedAt");
        KeyMigration.run(
                mongo,
                "question-keys-1",
                keys,
                sequences,
                "question",
                QuestionDocument.class,
                d -> new KeyMigration.Keyed(d.communityId(), d.number(), QuestionKeys.of(toQuestion(d))));
        // the waiting and knowledge keys came later: the questions stored before are keyed again (once)
        KeyMigration.run(
                mongo,
                "question-keys-2",
                keys,
                sequences,
                "question",
                QuestionDocument.class,
                d -> new KeyMigration.Keyed(d.communityId(), d.number(), QuestionKeys.of(toQuestion(d))));
        peerHelp.listStored(mongo);
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
                MemberDocument.of(d.asker()),
                MemberDocument.of(d.mentor()),
                d.mentor().id(),
                d.text(),
                d.askedAt(),
                q.status().name(),
                q.firstReplyAt(),
                q.firstReplyBy(),
                q.resolvedAt(),
                knowledge(q.knowledge()),
                ThreadDocument.of(q.thread()),
                q.peers() == null
                        ? null
                        : new QuestionDocument.PeerHelpDocument(
                                q.peers().optedOut(),
                                q.peers().offeredAt(),
                                ThreadDocument.of(q.peers().thread()),
                                null));
        Set<String> gained = QuestionKeys.of(q);
        if (d.version() != null) {
            find(d.communityId(), d.number()).ifPresent(stored -> gained.removeAll(QuestionKeys.of(stored)));
        }
        keys.add(d.communityId(), gained, d.number());
        if (MongoPeerHelpQueue.offerable(q)) {
            // listed before the write: a question listed but not saved is dropped when the round loads it
            peerHelp.list(d.communityId(), d.number(), d.cohortName(), d.askedAt());
        }
        try {
            Question saved = toQuestion(mongo.save(doc));
            if (QuestionKeys.waits(saved)) {
                // listed again after the write: a listing that read the key before cannot take it out now
                keys.add(d.communityId(), List.of(QuestionKeys.waiting(d.communityId())), d.number());
            }
            changes.changed(saved.data().communityId(), saved.data().internshipNumber());
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("question " + q.label() + " changed meanwhile", e);
        }
    }

    @Override
    public Optional<Question> find(String communityId, long number) {
        return Optional.ofNullable(mongo.findById(QuestionKeys.id(communityId, number), QuestionDocument.class))
                .filter(d -> d.communityId().equals(communityId))
                .map(MongoQuestionStore::toQuestion);
    }

    @Override
    public List<Question> ofInternship(String communityId, long internshipNumber) {
        return byNumbers(communityId, keys.numbers(QuestionKeys.internship(communityId, internshipNumber))).stream()
                .filter(q -> q.data().internshipNumber() == internshipNumber)
                .sorted(Comparator.comparingLong(Question::number))
                .toList();
    }

    @Override
    public List<Question> knowledge(String communityId, Collection<String> cohortNames, int limit) {
        Set<Long> numbers = keys.numbers(cohortNames.stream()
                .map(name -> QuestionKeys.knowledge(communityId, name))
                .toList());
        return byNumbers(communityId, numbers).stream()
                .filter(q ->
                        q.knowledge() != null && cohortNames.contains(q.data().cohortName()))
                .sorted(Comparator.comparing(
                                Question::resolvedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                        .reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public List<Question> waitingFor(String communityId, String mentorId) {
        return byNumbers(communityId, keys.numbers(QuestionKeys.mentor(communityId, mentorId))).stream()
                .filter(q -> mentorId.equals(q.data().mentor().id()) && WAITING.contains(q.status()))
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public List<Question> waitingIn(String communityId, int limit) {
        String key = QuestionKeys.waiting(communityId);
        LookupKeys.Revised listed = keys.revised(key);
        List<Question> found = byNumbers(communityId, listed.numbers());
        List<Question> waiting = found.stream().filter(QuestionKeys::waits).toList();
        Set<Long> stillWaiting = new HashSet<>();
        waiting.forEach(q -> stillWaiting.add(q.number()));
        keys.prune(
                key,
                listed,
                listed.numbers().stream().filter(n -> !stillWaiting.contains(n)).toList());
        return waiting.stream().sorted(OLDEST_FIRST).limit(limit).toList();
    }

    @Override
    public void recordThread(String communityId, long number, ThreadRef thread) {
        addThreadKey(communityId, number, thread);
        mongo.updateFirst(
                byId(communityId, number),
                new Update().set("thread", thread).inc("version", 1),
                QuestionDocument.class);
    }

    @Override
    public Optional<Question> findByThread(String communityId, String threadId) {
        return byNumbers(communityId, keys.numbers(QuestionKeys.thread(communityId, threadId))).stream()
                .filter(q -> isThread(q.thread(), threadId)
                        || (q.peers() != null && isThread(q.peers().thread(), threadId)))
                .findFirst();
    }

    @Override
    public boolean claimPeerOffer(String communityId, long number, Instant at) {
        return changeIf(
                communityId,
                number,
                d -> unoffered(d)
                        && (d.peers() == null
                                || d.peers().retryAfter() == null
                                || !d.peers().retryAfter().isAfter(at)),
                new Update().set("peers.offeredAt", at).set("peers.optedOut", false));
    }

    @Override
    public void releasePeerOffer(String communityId, long number, Instant offeredAt, Instant retryAfter) {
        changeIf(
                communityId,
                number,
                d -> d.peers() != null && offeredAt.equals(d.peers().offeredAt()),
                new Update().unset("peers.offeredAt").set("peers.retryAfter", retryAfter));
    }

    @Override
    public void recordPeerThread(String communityId, long number, ThreadRef thread) {
        addThreadKey(communityId, number, thread);
        mongo.updateFirst(
                byId(communityId, number),
                new Update().set("peers.thread", thread).inc("version", 1),
                QuestionDocument.class);
    }

    private static boolean unoffered(QuestionDocument d) {
        return WAITING.contains(QuestionStatus.valueOf(d.status()))
                && (d.peers() == null || (!d.peers().optedOut() && d.peers().offeredAt() == null));
    }

    /**
     * Applies {@code update} if the stored question passes {@code test}, atomically: the write is
     * conditional on the version it was tested at (an {@code _id} and version lookup), and a question
     * changed in between is read and tested again.
     */
    private boolean changeIf(String communityId, long number, Predicate<QuestionDocument> test, Update update) {
        for (int attempt = 0; attempt < CHANGE_ATTEMPTS; attempt++) {
            QuestionDocument d = mongo.findById(QuestionKeys.id(communityId, number), QuestionDocument.class);
            if (d == null || !d.communityId().equals(communityId) || !test.test(d)) {
                return false;
            }
            Query sameVersion =
                    Query.query(Criteria.where("_id").is(d.id()).and("version").is(d.version()));
            if (mongo.updateFirst(sameVersion, update.inc("version", 1), QuestionDocument.class)
                            .getModifiedCount()
                    == 1) {
                return true;
            }
        }
        throw new ConcurrentChange("question " + communityId + "/" + number + " kept changing", null);
    }

    /** By {@code _id} alone, which holds the community id: the embedded server scans for anything more. */
    private static Query byId(String communityId, long number) {
        return Query.query(Criteria.where("_id").is(QuestionKeys.id(communityId, number)));
    }

    private void addThreadKey(String communityId, long number, ThreadRef thread) {
        if (thread != null && thread.threadId() != null) {
            keys.add(communityId, List.of(QuestionKeys.thread(communityId, thread.threadId())), number);
        }
    }

    private static boolean isThread(ThreadRef thread, String threadId) {
        return thread != null && threadId.equals(thread.threadId());
    }

    private List<Question> byNumbers(String communityId, Collection<Long> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        List<String> ids =
                numbers.stream().map(n -> QuestionKeys.id(communityId, n)).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), QuestionDocument.class).stream()
                .filter(d -> d.communityId().equals(communityId))
                .map(MongoQuestionStore::toQuestion)
                .toList();
    }

    private static Question toQuestion(QuestionDocument d) {
        return new Question(
                new QuestionData(
                        d.communityId(),
                        d.number(),
                        d.internshipNumber(),
                        d.cohortName(),
                        d.asker().toMember(),
                        d.mentor().toMember(),
                        d.text(),
                        d.askedAt(),
                        d.version()),
                QuestionStatus.valueOf(d.status()),
                d.firstReplyAt(),
                d.firstReplyBy(),
                d.resolvedAt(),
                d.knowledge() == null
                        ? null
                        : new Knowledge(
                                Knowledge.Kind.valueOf(d.knowledge().kind()),
                                d.knowledge().title(),
                                d.knowledge().answer(),
                                d.knowledge().markedBy()),
                ThreadDocument.toThreadOrNull(d.thread()),
                d.peers() == null
                        ? null
                        : new PeerHelp(
                                d.peers().optedOut(),
                                d.peers().offeredAt(),
                                ThreadDocument.toThreadOrNull(d.peers().thread())));
    }

    private static QuestionDocument.KnowledgeDocument knowledge(Knowledge k) {
        return k == null
                ? null
                : new QuestionDocument.KnowledgeDocument(k.kind().name(), k.title(), k.answer(), k.markedBy());
    }
}
