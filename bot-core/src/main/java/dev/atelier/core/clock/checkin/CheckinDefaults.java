package dev.atelier.core.clock.checkin;

import java.util.Optional;

/** Port: each cohort's default check-in schedule, which its new internships start with. */
public interface CheckinDefaults {

    Optional<CheckinSchedule> find(String communityId, String cohortName);

    /**
     * Sets the parts {@code change} names in one atomic update, leaving the others as stored (or as
     * {@link CheckinSchedule#DEFAULT}, for a cohort that has none), and returns the default as stored now.
     */
    CheckinSchedule change(String communityId, String cohortName, ScheduleChange change);
}
