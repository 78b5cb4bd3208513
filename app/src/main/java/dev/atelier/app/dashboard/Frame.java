package dev.atelier.app.dashboard;

import java.util.List;

/** What every page's header and footer show: who is signed in, where, and the time zone in use. */
record Frame(String community, String member, String zone, String zoneSource, String path, List<String> zones) {

    static final List<String> COMMON_ZONES = List.of(
            "UTC",
            "America/Los_Angeles",
            "America/New_York",
            "America/Sao_Paulo",
            "Europe/London",
            "Europe/Paris",
            "Africa/Lagos",
            "Asia/Kolkata",
            "Asia/Manila",
            "Asia/Tokyo",
            "Australia/Sydney");

    static Frame of(Viewer viewer, ViewerZone zone, String path) {
        return new Frame(viewer.communityName(), viewer.memberName(), zone.name(), zone.source(), path, COMMON_ZONES);
    }

    public boolean zoneFromProfile() {
        return zoneSource.equals("your profile");
    }
}
