package dev.atelier.core.store;

import dev.atelier.core.credential.Recipient;
import dev.atelier.core.credential.Recipients;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Recipients by {@code _id}; two first uses at once agree on the one that was written first. */
final class MongoRecipients implements Recipients {

    private final MongoTemplate mongo;
    private final SecureRandom random = new SecureRandom();

    MongoRecipients(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Recipient of(String communityId, String memberId) {
        String id = communityId + "/" + memberId;
        RecipientDocument doc = mongo.findById(id, RecipientDocument.class);
        if (doc == null) {
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            try {
                doc = mongo.insert(new RecipientDocument(
                        id,
                        communityId,
                        memberId,
                        "urn:uuid:" + UUID.randomUUID(),
                        HexFormat.of().formatHex(salt),
                        false));
            } catch (DuplicateKeyException e) {
                doc = mongo.findById(id, RecipientDocument.class);
            }
        }
        return new Recipient(doc.subjectId(), doc.salt(), Boolean.TRUE.equals(doc.showName()));
    }

    @Override
    public void showName(String communityId, String memberId, boolean show) {
        of(communityId, memberId);
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(communityId + "/" + memberId)),
                Update.update("showName", show),
                RecipientDocument.class);
    }
}
