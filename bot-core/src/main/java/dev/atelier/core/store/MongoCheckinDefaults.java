package dev.atelier.core.store;

import dev.atelier.core.clock.checkin.CheckinDefaults;
import dev.atelier.core.clock.checkin.CheckinSchedule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Cohorts' default check-in schedules, one document per cohort; the last save wins. */
final class MongoCheckinDefaults implements CheckinDefaults {

    private final MongoTemplate mongo;

    MongoCheckinDefaults(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<CheckinSchedule> find(String communityId, String cohortName) {
        return Optional.ofNullable(mongo.findById(id(communityId, cohortName), CheckinDefaultDocument.class))
                .filter(d -> d.communityId().equals(communityId))
                .map(d -> new CheckinSchedule(
                        d.days().stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()),
                        LocalTime.parse(d.time()),
                        d.quietFrom(),
                        d.quietTo()));
    }

    @Override
    public void save(String communityId, String cohortName, CheckinSchedule s) {
        mongo.save(new CheckinDefaultDocument(
                id(communityId, cohortName),
                communityId,
                s.days().stream().sorted().map(DayOfWeek::name).toList(),
                s.time().toString(),
                s.quietFrom(),
                s.quietTo()));
    }

    private static String id(String communityId, String cohortName) {
        return communityId + "/" + cohortName.strip().toLowerCase(Locale.ROOT);
    }
}
