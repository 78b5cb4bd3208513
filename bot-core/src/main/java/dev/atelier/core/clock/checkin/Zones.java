package dev.atelier.core.clock.checkin;

import dev.atelier.core.profile.Profile;
import dev.atelier.core.profile.ProfileStore;
import java.time.ZoneId;

/** A member's time zone from their profile ({@code profile set timezone:...}); UTC when they set none. */
public final class Zones {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final ProfileStore profiles;

    public Zones(ProfileStore profiles) {
        this.profiles = profiles;
    }

    public ZoneId of(String communityId, String memberId) {
        return profiles.find(communityId, memberId)
                .map(Profile::timezone)
                .filter(z -> z != null && !z.isBlank())
                .map(ZoneId::of)
                .orElse(UTC);
    }
}
