package dev.atelier.core.store;

import dev.atelier.core.clock.rhythm.Rhythm;
import dev.atelier.core.clock.rhythm.RhythmChange;
import dev.atelier.core.clock.rhythm.RhythmStore;
import java.time.Duration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Rhythms, one document per community that set one, read by {@code _id}; a change sets just the parts
 * it names ({@link SettingsUpdate}).
 */
final class MongoRhythmStore implements RhythmStore {

    private final MongoTemplate mongo;

    MongoRhythmStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Rhythm of(String communityId) {
        RhythmDocument d = mongo.findById(communityId, RhythmDocument.class);
        return d == null ? Rhythm.DEFAULT : rhythm(d);
    }

    @Override
    public Rhythm change(String communityId, RhythmChange c) {
        Rhythm d = Rhythm.DEFAULT;
        return rhythm(new SettingsUpdate()
                .field("answerHours", hours(c.answerWindow()), d.answerWindow().toHours())
                .field("reviewHours", hours(c.reviewWait()), d.reviewWait().toHours())
                .field(
                        "questionHours",
                        hours(c.questionWait()),
                        d.questionWait().toHours())
                .field("stallDays", c.stallDays(), d.stallDays())
                .field("missedInRow", c.missedInRow(), d.missedInRow())
                .apply(mongo, communityId, RhythmDocument.class));
    }

    private static Long hours(Duration changed) {
        return changed == null ? null : changed.toHours();
    }

    private static Rhythm rhythm(RhythmDocument d) {
        return new Rhythm(
                Duration.ofHours(d.answerHours()),
                Duration.ofHours(d.reviewHours()),
                Duration.ofHours(d.questionHours()),
                d.stallDays(),
                d.missedInRow());
    }
}
