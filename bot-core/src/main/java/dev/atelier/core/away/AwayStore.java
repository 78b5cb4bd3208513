package dev.atelier.core.away;

/**
 * Port: each member's away periods and each community's holidays, both read by id and saved under optimistic
 * locking: a save over a version changed since it was read throws {@code ConcurrentChange}.
 */
public interface AwayStore {

    /** The member's away periods, earliest first; none when they declared none. */
    AwayPeriods periods(String communityId, String memberId);

    void savePeriods(String communityId, String memberId, AwayPeriods periods);

    /** The community's holidays, earliest first. */
    Holidays holidays(String communityId);

    void saveHolidays(String communityId, Holidays holidays);
}
