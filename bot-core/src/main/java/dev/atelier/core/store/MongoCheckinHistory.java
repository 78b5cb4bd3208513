package dev.atelier.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dev.atelier.core.clock.checkin.Answer;
import dev.atelier.core.clock.checkin.AnsweredCheckin;
import dev.atelier.core.clock.checkin.CheckinHistory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Check-in answers in {@code checkin_answers}, one document per prompt ({@code _id} {@code communityId/internship/prompt}). */
final class MongoCheckinHistory implements CheckinHistory {

    private static final int PAGE = 200;

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

    /**
     * Reads the internship's check-in (by {@code _id}) for its latest prompt number, then the answers
     * to prompts 1 to it by {@code _id}, a page at a time: the embedded server scans for a filter on
     * community and internship.
     */
    @Override
    public List<AnsweredCheckin> of(String communityId, long internship) {
        CheckinDocument checkin = mongo.findById(communityId + "/" + internship, CheckinDocument.class);
        if (checkin == null || !checkin.communityId().equals(communityId) || checkin.promptNumber() == null) {
            return List.of();
        }
        List<AnsweredCheckin> answers = new ArrayList<>();
        for (int from = 1; from <= checkin.promptNumber(); from += PAGE) {
            List<String> ids = new ArrayList<>();
            for (int prompt = from; prompt <= Math.min(checkin.promptNumber(), from + PAGE - 1); prompt++) {
                ids.add(communityId + "/" + internship + "/" + prompt);
            }
            mongo.find(query(where("_id").in(ids)), CheckinAnswerDocument.class).stream()
                    .filter(d -> d.communityId().equals(communityId) && d.internship() == internship)
                    .map(d -> new AnsweredCheckin(
                            d.prompt(), new Answer(d.done(), d.blocks(), d.next(), d.confidence(), d.at())))
                    .forEach(answers::add);
        }
        answers.sort(Comparator.comparingInt(AnsweredCheckin::prompt).reversed());
        return answers;
    }
}
