package dev.atelier.core.store;

import dev.atelier.core.clock.duework.DueLag;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The oldest waiting due item: the earliest head of {@code due_buckets} due by now, found by its id. */
final class MongoDueLag implements DueLag {

    private final DueHeadsCursor heads;

    MongoDueLag(MongoTemplate mongo) {
        this.heads = new DueHeadsCursor(mongo);
    }

    @Override
    public Optional<Instant> oldestWaiting(Instant now) {
        return heads.oldestDue(now);
    }
}
