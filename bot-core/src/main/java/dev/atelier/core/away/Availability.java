package dev.atelier.core.away;

import dev.atelier.core.profile.Profile;
import dev.atelier.core.profile.ProfileStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Whether a member is away at an instant, read in the member's own time zone (UTC without one): away on a
 * day of one of their periods or on a community holiday, back at the start of the first working day after.
 */
public final class Availability implements AwayNote {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final AwayStore store;
    private final ProfileStore profiles;
    private final Clock clock;

    public Availability(AwayStore store, ProfileStore profiles, Clock clock) {
        this.store = store;
        this.profiles = profiles;
        this.clock = clock;
    }

    public AwayDays days(String communityId, String memberId) {
        return new AwayDays(
                store.periods(communityId, memberId).list(),
                store.holidays(communityId).days());
    }

    public ZoneId zoneOf(String communityId, String memberId) {
        return profiles.find(communityId, memberId)
                .map(Profile::timezone)
                .filter(z -> z != null && !z.isBlank())
                .map(ZoneId::of)
                .orElse(UTC);
    }

    /** The last day of the member's current days off, when {@code now} falls in them. */
    public Optional<LocalDate> awayUntil(String communityId, String memberId, Instant now) {
        return days(communityId, memberId)
                .stretchEnd(now.atZone(zoneOf(communityId, memberId)).toLocalDate());
    }

    /** {@code now}, or when the member is back if {@code now} falls in their days off. */
    public Instant backAt(String communityId, String memberId, Instant now) {
        ZoneId zone = zoneOf(communityId, memberId);
        return days(communityId, memberId)
                .stretchEnd(now.atZone(zone).toLocalDate())
                .map(last -> last.plusDays(1).atStartOfDay(zone).toInstant())
                .orElse(now);
    }

    /** When the member came back from their latest days off before {@code now}, if they had any. */
    public Optional<Instant> lastBack(String communityId, String memberId, Instant now) {
        ZoneId zone = zoneOf(communityId, memberId);
        return days(communityId, memberId)
                .lastReturn(now.atZone(zone).toLocalDate())
                .map(day -> day.atStartOfDay(zone).toInstant());
    }

    @Override
    public String suffix(String communityId, String memberId) {
        return awayUntil(communityId, memberId, clock.instant())
                .map(d -> " · 🏖️ away until " + d)
                .orElse("");
    }
}
