package dev.atelier.core.store;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.message.MessageRef;
import dev.atelier.core.outbox.MessageRefs;
import java.time.Clock;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The references of living messages, looked up by {@code _id} (community and key): one per key, the latest. */
public final class MongoMessageRefs implements MessageRefs {

    private final MongoTemplate mongo;
    private final Clock clock;

    private MongoMessageRefs(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public static MongoMessageRefs create(MongoTemplate mongo, Clock clock) {
        return new MongoMessageRefs(mongo, clock);
    }

    @Override
    public void keep(CommunityRef community, String key, MessageRef ref) {
        mongo.save(new MessageRefDocument(
                id(community, key), community.id(), key, ref.channelId(), ref.messageId(), clock.instant()));
    }

    @Override
    public Optional<MessageRef> find(CommunityRef community, String key) {
        return Optional.ofNullable(mongo.findById(id(community, key), MessageRefDocument.class))
                .map(d -> new MessageRef(d.channelId(), d.messageId()));
    }

    private static String id(CommunityRef community, String key) {
        return community.id() + "|" + key;
    }
}
