package dev.atelier.app.dashboard;

import dev.atelier.core.dashboard.DashboardReads;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The time zone pages show times in: the moderator's profile time zone if set, else the one they
 * picked on the page, else UTC.
 */
record ViewerZone(ZoneId zone, String source) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static ViewerZone of(Viewer viewer, DashboardReads reads) {
        String profileZone =
                reads.timezone(viewer.communityId(), viewer.memberId()).orElse(null);
        ZoneId fromProfile = parse(profileZone);
        if (fromProfile != null) {
            return new ViewerZone(fromProfile, "your profile");
        }
        ZoneId chosen = parse(viewer.chosenZone());
        return chosen != null ? new ViewerZone(chosen, "your choice") : new ViewerZone(ZoneId.of("UTC"), "default");
    }

    static ZoneId parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    String format(Instant at) {
        return at == null ? "—" : FORMAT.format(at.atZone(zone));
    }

    String iso(Instant at) {
        return at == null ? "" : at.atZone(zone).toOffsetDateTime().toString();
    }

    String name() {
        return zone.getId();
    }
}
