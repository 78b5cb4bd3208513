package dev.atelier.core.store;

import dev.atelier.core.clock.visit.InternshipChanges;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.shared.ConcurrentChange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Internships, each saved whole; a save of a stale copy fails with {@link ConcurrentChange}. Every
 * lookup is by {@code _id} ({@code communityId/number}) or through a {@link LookupKeys} document found
 * by its {@code _id}; listings page through the community's numbers, newest first.
 */
final class MongoInternshipStore implements InternshipStore {

    static final int PAGE = 200;

    private final MongoTemplate mongo;
    private final Sequences sequences;
    private final LookupKeys keys;
    private final InternshipChanges changes;

    MongoInternshipStore(MongoTemplate mongo, Sequences sequences, InternshipChanges changes) {
        this.mongo = mongo;
        this.sequences = sequences;
        this.changes = changes;
        this.keys = new LookupKeys(mongo, InternshipKeys.COLLECTION);
        StoreIndexes.of(mongo, InternshipDocument.class)
                .retire("communityId_1_milestones.number_1")
                .retire("communityId_1_hours.number_1")
                .retire("communityId_1_workspaceChannelId_1")
                .retire("communityId_1_cohortName_1")
                .retire("completion.credential.id_1")
                .unique("internship_identity", "communityId", "number")
                .unique("internship_version", "_id", "version")
                .on("communityId", "memberIds")
                .on("communityId", "status")
                .on("status");
        KeyMigration.run(mongo, "internship-keys-1", keys, sequences, "internship", InternshipDocument.class, d -> {
            Internship i = InternshipMapper.toInternship(d);
            return new KeyMigration.Keyed(d.communityId(), d.number(), InternshipKeys.of(i));
        });
    }

    @Override
    public long nextInternshipNumber(String communityId) {
        return sequences.next(communityId, "internship");
    }

    @Override
    public long nextMilestoneNumber(String communityId) {
        return sequences.next(communityId, "milestone");
    }

    /** Records the keys the internship gained since it was stored, then saves it if nobody changed it meanwhile. */
    @Override
    public Internship save(Internship internship) {
        Set<String> gained = InternshipKeys.of(internship);
        if (internship.data().version() != null) {
            byId(internship.data().communityId(), internship.number())
                    .ifPresent(stored -> gained.removeAll(InternshipKeys.of(stored)));
        } else {
            sequences.atLeast(internship.data().communityId(), "internship", internship.number());
        }
        keys.add(internship.data().communityId(), gained, internship.number());
        Internship saved;
        try {
            saved = InternshipMapper.toInternship(mongo.save(InternshipMapper.toDocument(internship)));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("internship #" + internship.number() + " changed meanwhile", e);
        }
        changes.changed(saved.data().communityId(), saved.number());
        return saved;
    }

    @Override
    public Optional<Internship> find(String communityId, long number) {
        return byId(communityId, number);
    }

    @Override
    public Optional<Internship> findByMilestone(String communityId, long milestoneNumber) {
        return first(
                InternshipKeys.milestone(communityId, milestoneNumber),
                communityId,
                i -> i.findMilestone(milestoneNumber).isPresent());
    }

    @Override
    public Optional<Internship> findByWorkspace(String communityId, String channelId) {
        return first(
                InternshipKeys.workspace(communityId, channelId),
                communityId,
                i -> channelId.equals(i.workspaceChannelId()));
    }

    @Override
    public Optional<Internship> findByHoursEntry(String communityId, long entryNumber) {
        return first(
                InternshipKeys.hours(communityId, entryNumber),
                communityId,
                i -> i.hours().stream().anyMatch(h -> h.number() == entryNumber));
    }

    @Override
    public Optional<Internship> findByCredential(String credentialId) {
        return keys.key(InternshipKeys.credential(credentialId))
                .flatMap(key -> many(key.communityId(), key.numbers()).stream()
                        .filter(i -> i.completion().credential() != null
                                && credentialId.equals(
                                        i.completion().credential().id()))
                        .findFirst());
    }

    @Override
    public List<Internship> findByCohort(String communityId, String cohortName) {
        List<Internship> found = many(communityId, keys.numbers(InternshipKeys.cohort(communityId, cohortName)));
        return found.stream()
                .filter(i -> cohortName.equals(i.data().cohortName()))
                .sorted(Comparator.comparingLong(Internship::number).reversed())
                .toList();
    }

    @Override
    public long nextHoursEntryNumber(String communityId) {
        return sequences.next(communityId, "hours");
    }

    @Override
    public List<Internship> findByMember(String communityId, String memberId) {
        return many(communityId, keys.numbers(InternshipKeys.member(communityId, memberId))).stream()
                .filter(i -> memberId.equals(i.data().intern().id())
                        || memberId.equals(i.data().mentor().id()))
                .sorted(Comparator.comparingLong(Internship::number).reversed())
                .toList();
    }

    @Override
    public List<Internship> list(String communityId, int limit) {
        return newest(communityId, limit, i -> true);
    }

    @Override
    public List<Internship> list(String communityId, InternshipStatus status, int limit) {
        return newest(communityId, limit, i -> i.status() == status);
    }

    /** Pages down from the community's last internship number, by {@code _id}, until {@code limit} are kept. */
    private List<Internship> newest(String communityId, int limit, Predicate<Internship> keep) {
        List<Internship> kept = new ArrayList<>();
        long next = sequences.current(communityId, "internship");
        while (next > 0 && kept.size() < limit) {
            long from = Math.max(1, next - PAGE + 1);
            List<Long> numbers = new ArrayList<>();
            for (long n = next; n >= from; n--) {
                numbers.add(n);
            }
            many(communityId, numbers).stream()
                    .sorted(Comparator.comparingLong(Internship::number).reversed())
                    .filter(keep)
                    .limit(limit - (long) kept.size())
                    .forEach(kept::add);
            next = from - 1;
        }
        return kept;
    }

    private Optional<Internship> first(String key, String communityId, Predicate<Internship> holds) {
        return many(communityId, keys.numbers(key)).stream().filter(holds).findFirst();
    }

    private Optional<Internship> byId(String communityId, long number) {
        return Optional.ofNullable(mongo.findById(InternshipKeys.id(communityId, number), InternshipDocument.class))
                .filter(d -> d.communityId().equals(communityId))
                .map(InternshipMapper::toInternship);
    }

    private List<Internship> many(String communityId, Collection<Long> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        List<String> ids =
                numbers.stream().map(n -> InternshipKeys.id(communityId, n)).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), InternshipDocument.class).stream()
                .filter(d -> d.communityId().equals(communityId))
                .map(InternshipMapper::toInternship)
                .toList();
    }
}
