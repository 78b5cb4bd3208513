package dev.atelier.core.away;

import java.util.List;

/** Port: each member's away periods and each community's holidays, both read by id. */
public interface AwayStore {

    /** The member's away periods, earliest first; empty when they declared none. */
    List<AwayPeriod> periods(String communityId, String memberId);

    void savePeriods(String communityId, String memberId, List<AwayPeriod> periods);

    /** The community's holidays, earliest first. */
    List<Holiday> holidays(String communityId);

    void saveHolidays(String communityId, List<Holiday> holidays);
}
