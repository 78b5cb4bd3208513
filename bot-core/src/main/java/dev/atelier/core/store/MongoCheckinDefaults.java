package dev.atelier.core.store;

import dev.atelier.core.clock.checkin.CheckinDefaults;
import dev.atelier.core.clock.checkin.CheckinSchedule;
import dev.atelier.core.clock.checkin.ScheduleChange;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Cohorts' default check-in schedules, one document per cohort, read by {@code _id}; a change sets just
 * the parts it names ({@link SettingsUpdate}).
 */
final class MongoCheckinDefaults implements CheckinDefaults {

    private final MongoTemplate mongo;

    MongoCheckinDefaults(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<CheckinSchedule> find(String communityId, String cohortName) {
        return Optional.ofNullable(mongo.findById(id(communityId, cohortName), CheckinDefaultDocument.class))
                .filter(d -> d.communityId().equals(communityId))
                .map(MongoCheckinDefaults::schedule);
    }

    @Override
    public CheckinSchedule change(String communityId, String cohortName, ScheduleChange c) {
        CheckinSchedule d = CheckinSchedule.DEFAULT;
        return schedule(new SettingsUpdate()
                .field("communityId", null, communityId)
                .field("days", c.days() == null ? null : names(c.days()), names(d.days()))
                .field(
                        "time",
                        c.time() == null ? null : c.time().toString(),
                        d.time().toString())
                .field("quietFrom", c.quietFrom(), d.quietFrom())
                .field("quietTo", c.quietTo(), d.quietTo())
                .apply(mongo, id(communityId, cohortName), CheckinDefaultDocument.class));
    }

    private static List<String> names(Set<DayOfWeek> days) {
        return days.stream().sorted().map(DayOfWeek::name).toList();
    }

    private static CheckinSchedule schedule(CheckinDefaultDocument d) {
        return new CheckinSchedule(
                d.days().stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()),
                LocalTime.parse(d.time()),
                d.quietFrom(),
                d.quietTo());
    }

    private static String id(String communityId, String cohortName) {
        return communityId + "/" + cohortName.strip().toLowerCase(Locale.ROOT);
    }
}
