package dev.atelier.core.store;

import dev.atelier.core.away.AwayPeriod;
import dev.atelier.core.away.AwayStore;
import dev.atelier.core.away.Holiday;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Away periods (one document per member, read by {@code _id}) and holidays (one document per community,
 * read by {@code _id}): every lookup is an {@code _id} lookup, so no other index is needed.
 */
public final class MongoAwayStore implements AwayStore {

    private final MongoTemplate mongo;

    private MongoAwayStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public static AwayStore create(MongoTemplate mongo) {
        return new MongoAwayStore(mongo);
    }

    @Override
    public List<AwayPeriod> periods(String communityId, String memberId) {
        AwayDocument d = mongo.findById(communityId + "/" + memberId, AwayDocument.class);
        return d == null || !d.communityId().equals(communityId) || d.periods() == null
                ? List.of()
                : d.periods().stream()
                        .map(p -> new AwayPeriod(p.from(), p.to(), p.note()))
                        .toList();
    }

    @Override
    public void savePeriods(String communityId, String memberId, List<AwayPeriod> periods) {
        mongo.save(new AwayDocument(
                communityId + "/" + memberId,
                communityId,
                memberId,
                periods.stream()
                        .map(p -> new AwayDocument.Period(p.from(), p.to(), p.note()))
                        .toList()));
    }

    @Override
    public List<Holiday> holidays(String communityId) {
        HolidayDocument d = mongo.findById(communityId, HolidayDocument.class);
        return d == null || d.days() == null
                ? List.of()
                : d.days().stream().map(h -> new Holiday(h.date(), h.name())).toList();
    }

    @Override
    public void saveHolidays(String communityId, List<Holiday> holidays) {
        mongo.save(new HolidayDocument(
                communityId,
                holidays.stream()
                        .map(h -> new HolidayDocument.Day(h.date(), h.name()))
                        .toList()));
    }
}
