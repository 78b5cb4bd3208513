package dev.atelier.core.store;

import dev.atelier.core.conversation.ConversationStore;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Counted message ids (unique ids make a second delivery fail to insert) and per-internship and per-question counters ({@code $inc}). */
final class MongoConversationStore implements ConversationStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoConversationStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public boolean firstSighting(String communityId, String messageId) {
        try {
            mongo.insert(new SeenMessageDocument(communityId + "/" + messageId, communityId, clock.instant()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void countMessage(String communityId, long internshipNumber, Instant at) {
        Query query = Query.query(Criteria.where("_id").is(communityId + "/" + internshipNumber));
        Update update = new Update()
                .setOnInsert("communityId", communityId)
                .setOnInsert("internshipNumber", internshipNumber)
                .inc("messages", 1);
        mongo.upsert(
                query,
                at == null ? update : update.inc("weeks." + weekOf(at), 1).max("lastAt", at),
                MessageCountDocument.class);
    }

    @Override
    public long messages(String communityId, long internshipNumber) {
        MessageCountDocument d = mongo.findById(communityId + "/" + internshipNumber, MessageCountDocument.class);
        return d == null || !d.communityId().equals(communityId) ? 0 : d.messages();
    }

    @Override
    public void countInQuestion(String communityId, long questionNumber) {
        Query query = Query.query(Criteria.where("_id").is(communityId + "/" + questionNumber));
        mongo.upsert(
                query,
                new Update()
                        .setOnInsert("communityId", communityId)
                        .setOnInsert("questionNumber", questionNumber)
                        .inc("messages", 1),
                QuestionMessageCountDocument.class);
    }

    @Override
    public long messagesInQuestion(String communityId, long questionNumber) {
        QuestionMessageCountDocument d =
                mongo.findById(communityId + "/" + questionNumber, QuestionMessageCountDocument.class);
        return d == null || !d.communityId().equals(communityId) ? 0 : d.messages();
    }

    @Override
    public Map<LocalDate, Long> messagesByWeek(String communityId, long internshipNumber) {
        MessageCountDocument d = mongo.findById(communityId + "/" + internshipNumber, MessageCountDocument.class);
        Map<LocalDate, Long> weeks = new TreeMap<>();
        if (d != null && d.communityId().equals(communityId) && d.weeks() != null) {
            d.weeks().forEach((week, count) -> weeks.put(LocalDate.parse(week), count));
        }
        return weeks;
    }

    static String weekOf(Instant at) {
        return at.atZone(ZoneOffset.UTC)
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .toString();
    }

    @Override
    public Optional<Instant> lastMessageAt(String communityId, long internshipNumber) {
        MessageCountDocument d = mongo.findById(communityId + "/" + internshipNumber, MessageCountDocument.class);
        return d == null || !d.communityId().equals(communityId) ? Optional.empty() : Optional.ofNullable(d.lastAt());
    }
}
