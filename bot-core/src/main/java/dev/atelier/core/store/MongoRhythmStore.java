package dev.atelier.core.store;

import dev.atelier.core.clock.rhythm.Rhythm;
import dev.atelier.core.clock.rhythm.RhythmStore;
import java.time.Duration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Rhythms, one document per community that set one. */
final class MongoRhythmStore implements RhythmStore {

    private final MongoTemplate mongo;

    MongoRhythmStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Rhythm of(String communityId) {
        RhythmDocument d = mongo.findById(communityId, RhythmDocument.class);
        return d == null
                ? Rhythm.DEFAULT
                : new Rhythm(
                        Duration.ofHours(d.answerHours()),
                        Duration.ofHours(d.reviewHours()),
                        Duration.ofHours(d.questionHours()),
                        d.stallDays(),
                        d.missedInRow());
    }

    @Override
    public void save(String communityId, Rhythm r) {
        mongo.save(new RhythmDocument(
                communityId,
                r.answerWindow().toHours(),
                r.reviewWait().toHours(),
                r.questionWait().toHours(),
                r.stallDays(),
                r.missedInRow()));
    }
}
