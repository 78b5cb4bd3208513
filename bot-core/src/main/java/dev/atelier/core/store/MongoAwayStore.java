package dev.atelier.core.store;

import dev.atelier.core.away.AwayPeriod;
import dev.atelier.core.away.AwayPeriods;
import dev.atelier.core.away.AwayStore;
import dev.atelier.core.away.Holiday;
import dev.atelier.core.away.Holidays;
import dev.atelier.core.shared.ConcurrentChange;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Away periods (one document per member, read by {@code _id}) and holidays (one document per community,
 * read by {@code _id}), each saved under optimistic locking: the replace on {@code _id} and version is
 * served by a unique index (the embedded server would scan for it otherwise); a stale save, or a first
 * save that meets one made meanwhile, throws {@link ConcurrentChange}.
 */
public final class MongoAwayStore implements AwayStore {

    private final MongoTemplate mongo;

    private MongoAwayStore(MongoTemplate mongo) {
        this.mongo = mongo;
        StoreIndexes.of(mongo, AwayDocument.class).unique("away_version", "_id", "version");
        StoreIndexes.of(mongo, HolidayDocument.class).unique("holiday_version", "_id", "version");
        Migrations.versionFromZero(mongo, AwayDocument.class);
        Migrations.versionFromZero(mongo, HolidayDocument.class);
    }

    public static AwayStore create(MongoTemplate mongo) {
        return new MongoAwayStore(mongo);
    }

    @Override
    public AwayPeriods periods(String communityId, String memberId) {
        AwayDocument d = mongo.findById(id(communityId, memberId), AwayDocument.class);
        if (d == null || !d.communityId().equals(communityId)) {
            return AwayPeriods.NONE;
        }
        return new AwayPeriods(
                d.periods() == null
                        ? List.of()
                        : d.periods().stream()
                                .map(p -> new AwayPeriod(p.from(), p.to(), p.note()))
                                .toList(),
                d.version());
    }

    @Override
    public void savePeriods(String communityId, String memberId, AwayPeriods periods) {
        AwayDocument d = new AwayDocument(
                id(communityId, memberId),
                periods.version(),
                communityId,
                memberId,
                periods.list().stream()
                        .map(p -> new AwayDocument.Period(p.from(), p.to(), p.note()))
                        .toList());
        try {
            mongo.save(d);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConcurrentChange("the away days of " + memberId + " changed meanwhile", e);
        }
    }

    @Override
    public Holidays holidays(String communityId) {
        HolidayDocument d = mongo.findById(communityId, HolidayDocument.class);
        if (d == null) {
            return Holidays.NONE;
        }
        return new Holidays(
                d.days() == null
                        ? List.of()
                        : d.days().stream()
                                .map(h -> new Holiday(h.date(), h.name()))
                                .toList(),
                d.version());
    }

    @Override
    public void saveHolidays(String communityId, Holidays holidays) {
        HolidayDocument d = new HolidayDocument(
                communityId,
                holidays.version(),
                holidays.days().stream()
                        .map(h -> new HolidayDocument.Day(h.date(), h.name()))
                        .toList());
        try {
            mongo.save(d);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConcurrentChange("the holidays changed meanwhile", e);
        }
    }

    private static String id(String communityId, String memberId) {
        return communityId + "/" + memberId;
    }
}
