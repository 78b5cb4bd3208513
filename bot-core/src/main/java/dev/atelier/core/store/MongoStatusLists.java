package dev.atelier.core.store;

import dev.atelier.core.credential.BitstringStatusList;
import dev.atelier.core.credential.StatusLists;
import dev.atelier.core.credential.StatusSlot;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Status lists by {@code _id} only: a community's lists are {@code <key>-1}, {@code <key>-2}, … (the
 * key a hash of the community id), and an index is taken by inserting its slot document, whose
 * {@code _id} is unique: a drawn index already taken fails the insert and another one is drawn.
 */
final class MongoStatusLists implements StatusLists {

    /** A list takes new credentials until this many indexes are used, so random draws stay cheap. */
    static final int OPEN_UNTIL = BitstringStatusList.SIZE / 2;

    private static final int DRAWS = 64;

    private final MongoTemplate mongo;

    MongoStatusLists(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public StatusSlot assign(String communityId, RandomGenerator random) {
        for (int number = 1; ; number++) {
            StatusListDocument list = list(communityId, number);
            if (list.assigned() >= OPEN_UNTIL) {
                continue;
            }
            for (int draw = 0; draw < DRAWS; draw++) {
                int index = random.nextInt(BitstringStatusList.SIZE);
                try {
                    mongo.insert(new StatusSlotDocument(list.id() + "/" + index, list.id(), index));
                } catch (DuplicateKeyException taken) {
                    continue;
                }
                mongo.updateFirst(
                        Query.query(Criteria.where("_id").is(list.id())),
                        new Update().inc("assigned", 1),
                        StatusListDocument.class);
                return new StatusSlot(list.id(), index);
            }
        }
    }

    @Override
    public void revoke(StatusSlot slot) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(slot.listId())),
                new Update().addToSet("revoked", slot.index()),
                StatusListDocument.class);
    }

    @Override
    public Optional<StatusList> find(String listId) {
        return Optional.ofNullable(mongo.findById(listId, StatusListDocument.class))
                .map(d -> new StatusList(
                        d.id(), d.communityId(), new HashSet<>(d.revoked() == null ? List.of() : d.revoked())));
    }

    private StatusListDocument list(String communityId, int number) {
        String id = key(communityId) + "-" + number;
        StatusListDocument list = mongo.findById(id, StatusListDocument.class);
        if (list != null) {
            return list;
        }
        try {
            return mongo.insert(new StatusListDocument(id, communityId, number, 0, List.of()));
        } catch (DuplicateKeyException e) {
            return mongo.findById(id, StatusListDocument.class);
        }
    }

    private static String key(String communityId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(communityId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
