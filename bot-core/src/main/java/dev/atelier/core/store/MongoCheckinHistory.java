package dev.atelier.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dev.atelier.core.clock.checkin.Answer;
import dev.atelier.core.clock.checkin.AnsweredCheckin;
import dev.atelier.core.clock.checkin.CheckinHistory;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Check-in answers in {@code checkin_answers}, one document per prompt, read by community and internship. */
final class MongoCheckinHistory implements CheckinHistory {

    private final MongoTemplate mongo;

    MongoCheckinHistory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void keep(String communityId, long internship, AnsweredCheckin answered) {
        Answer a = answered.answer();
        mongo.save(new CheckinAnswerDocument(
                communityId + "/" + internship + "/" + answered.prompt(),
                communityId,
                internship,
                answered.prompt(),
                a.done(),
                a.blocks(),
                a.next(),
                a.confidence(),
                a.at()));
    }

    @Override
    public List<AnsweredCheckin> of(String communityId, long internship) {
        return mongo
                .find(
                        query(where("communityId")
                                        .is(communityId)
                                        .and("internship")
                                        .is(internship))
                                .with(Sort.by(Sort.Direction.DESC, "prompt")),
                        CheckinAnswerDocument.class)
                .stream()
                .map(d -> new AnsweredCheckin(
                        d.prompt(), new Answer(d.done(), d.blocks(), d.next(), d.confidence(), d.at())))
                .toList();
    }
}
