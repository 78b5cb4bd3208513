package dev.atelier.core.store;

import dev.atelier.core.conversation.ConversationStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Counted message ids (unique ids make a second delivery fail to insert) and per-internship and per-question counters ({@code $inc}). */
final class MongoConversationStore implements ConversationStore {

    private final MongoTemplate mongo;

    MongoConversationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean firstSighting(String communityId, String messageId) {
        try {
            mongo.insert(new SeenMessageDocument(communityId + "/" + messageId, communityId));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void countMessage(String communityId, long internshipNumber) {
        Query query = Query.query(Criteria.where("_id").is(communityId + "/" + internshipNumber));
        mongo.upsert(query, new Update().setOnInsert("communityId", communityId)
                .setOnInsert("internshipNumber", internshipNumber).inc("messages", 1), MessageCountDocument.class);
    }

    @Override
    public long messages(String communityId, long internshipNumber) {
        MessageCountDocument d = mongo.findById(communityId + "/" + internshipNumber, MessageCountDocument.class);
        return d == null || !d.communityId().equals(communityId) ? 0 : d.messages();
    }

    @Override
    public void countInQuestion(String communityId, long questionNumber) {
        Query query = Query.query(Criteria.where("_id").is(communityId + "/" + questionNumber));
        mongo.upsert(query, new Update().setOnInsert("communityId", communityId)
                .setOnInsert("questionNumber", questionNumber).inc("messages", 1), QuestionMessageCountDocument.class);
    }

    @Override
    public long messagesInQuestion(String communityId, long questionNumber) {
        QuestionMessageCountDocument d = mongo.findById(communityId + "/" + questionNumber,
                QuestionMessageCountDocument.class);
        return d == null || !d.communityId().equals(communityId) ? 0 : d.messages();
    }
}
