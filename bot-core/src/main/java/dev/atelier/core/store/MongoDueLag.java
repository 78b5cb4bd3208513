package dev.atelier.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dev.atelier.core.clock.duework.DueLag;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The oldest waiting due item, read from {@code due_work} by its (done, dueAt) index. */
final class MongoDueLag implements DueLag {

    private final MongoTemplate mongo;

    MongoDueLag(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Instant> oldestWaiting(Instant now) {
        Query oldest = query(where("done").is(false).and("dueAt").lte(now))
                .with(Sort.by("dueAt"))
                .limit(1);
        oldest.fields().include("dueAt");
        org.bson.Document found = mongo.findOne(oldest, org.bson.Document.class, "due_work");
        return found == null
                ? Optional.empty()
                : Optional.ofNullable(found.get("dueAt", Date.class)).map(Date::toInstant);
    }
}
