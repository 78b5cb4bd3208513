package dev.atelier.core.store;

import java.util.List;

/**
 * Which collections hold records about a member (what {@code mydata} exports and {@code forget me}
 * goes through), and which hold none that can be tied to one. A test lists the store's collections
 * and fails on one that is in neither list.
 */
public final class MemberCollections {

    /** Collections with records that name or concern a member. */
    public static final List<String> ABOUT_MEMBERS = List.of("profiles", "communities", "rosters", "pairing_plans",
            "internships", "checkins", "checkin_answers", "message_counts", "internship_health", "questions",
            "question_message_counts", "due_work", "login_links", "cohorts", "tasks", "data_links", "erasure_log");

    /**
     * Collections with nothing tied to a member: counted message ids carry no author, the rest are
     * community settings and counters.
     */
    public static final List<String> UNLINKED = List.of("seen_messages", "counters", "rhythms", "peer_help_settings",
            "splitRules", "checkinDefaults", "retention_settings");

    static final String DATA_LINKS = "data_links";
    static final String ERASURE_LOG = "erasure_log";
    static final String RETENTION = "retention_settings";

    private MemberCollections() {
    }
}
