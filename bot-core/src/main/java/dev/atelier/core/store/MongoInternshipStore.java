package dev.atelier.core.store;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.shared.ConcurrentChange;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Internships, each saved whole; a save of a stale copy fails with {@link ConcurrentChange}. */
final class MongoInternshipStore implements InternshipStore {

    private final MongoTemplate mongo;
    private final Sequences sequences;

    MongoInternshipStore(MongoTemplate mongo, Sequences sequences) {
        this.mongo = mongo;
        this.sequences = sequences;
    }

    @Override
    public long nextInternshipNumber(String communityId) {
        return sequences.next(communityId, "internship");
    }

    @Override
    public long nextMilestoneNumber(String communityId) {
        return sequences.next(communityId, "milestone");
    }

    @Override
    public Internship save(Internship internship) {
        try {
            return InternshipMapper.toInternship(mongo.save(InternshipMapper.toDocument(internship)));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("internship #" + internship.number() + " changed meanwhile", e);
        }
    }

    @Override
    public Optional<Internship> find(String communityId, long number) {
        return one(Criteria.where("communityId").is(communityId).and("number").is(number));
    }

    @Override
    public Optional<Internship> findByMilestone(String communityId, long milestoneNumber) {
        return one(Criteria.where("communityId")
                .is(communityId)
                .and("milestones.number")
                .is(milestoneNumber));
    }

    @Override
    public Optional<Internship> findByWorkspace(String communityId, String channelId) {
        return one(Criteria.where("communityId")
                .is(communityId)
                .and("workspaceChannelId")
                .is(channelId));
    }

    @Override
    public Optional<Internship> findByHoursEntry(String communityId, long entryNumber) {
        return one(Criteria.where("communityId")
                .is(communityId)
                .and("hours.number")
                .is(entryNumber));
    }

    @Override
    public Optional<Internship> findByCredential(String credentialId) {
        return one(Criteria.where("completion.credential.id").is(credentialId));
    }

    @Override
    public List<Internship> findByCohort(String communityId, String cohortName) {
        return many(Query.query(
                Criteria.where("communityId").is(communityId).and("cohortName").is(cohortName)));
    }

    @Override
    public long nextHoursEntryNumber(String communityId) {
        return sequences.next(communityId, "hours");
    }

    @Override
    public List<Internship> findByMember(String communityId, String memberId) {
        return many(Query.query(
                Criteria.where("communityId").is(communityId).and("memberIds").is(memberId)));
    }

    @Override
    public List<Internship> list(String communityId, int limit) {
        return many(Query.query(Criteria.where("communityId").is(communityId)).limit(limit));
    }

    @Override
    public List<Internship> list(String communityId, InternshipStatus status, int limit) {
        return many(Query.query(Criteria.where("communityId")
                        .is(communityId)
                        .and("status")
                        .is(status))
                .limit(limit));
    }

    private Optional<Internship> one(Criteria criteria) {
        return Optional.ofNullable(mongo.findOne(Query.query(criteria), InternshipDocument.class))
                .map(InternshipMapper::toInternship);
    }

    private List<Internship> many(Query query) {
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "number")), InternshipDocument.class).stream()
                .map(InternshipMapper::toInternship)
                .toList();
    }
}
