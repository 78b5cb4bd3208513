package dev.atelier.core.clock.checkin;

import java.util.Optional;

/** Port: each cohort's default check-in schedule, which its new internships start with. */
public interface CheckinDefaults {

    Optional<CheckinSchedule> find(String communityId, String cohortName);

    void save(String communityId, String cohortName, CheckinSchedule schedule);
}
