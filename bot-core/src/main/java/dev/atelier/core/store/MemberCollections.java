package dev.atelier.core.store;

import java.util.List;

/**
 * Which collections hold records about a member (what {@code mydata} exports and {@code forget me}
 * goes through), which name a member only in the key of a lane of work for them, which are lookup keys, and
 * which hold none that can be tied to one. A test lists the store's collections and fails on one that is in no list.
 */
public final class MemberCollections {

    /** Collections with records that name or concern a member. */
    public static final List<String> ABOUT_MEMBERS = List.of(
            "profiles",
            "communities",
            "rosters",
            "pairing_plans",
            "internships",
            "checkins",
            "checkin_answers",
            "message_counts",
            "internship_health",
            "questions",
            "question_message_counts",
            "due_work",
            "due_segments",
            "login_links",
            "cohorts",
            "tasks",
            "data_links",
            "erasure_log",
            "appeals",
            "away",
            "payouts",
            "credential_recipients",
            "outbox",
            "command_inbox",
            "moderators_seen",
            // the community's list of the moderators seen acting (member ids)
            "moderator_lists");

    /**
     * Collections whose documents name a member only by the id in their key, for work queued for them
     * (their direct-message lane of the outbox, listed among the lanes with work while messages wait in it, their
     * command lane of the inbox): nothing else of theirs
     * is in them, so {@code mydata} has nothing to show; {@code forget me} deletes the member's free lanes.
     */
    public static final List<String> MEMBER_LANES =
            List.of("outbox_lanes", "command_inbox_lanes", OutboxWaiting.ACTIVE_COLLECTION);

    /**
     * Lookup keys of internships and questions: each names, in its key, what an aggregate holds (a
     * member, a milestone, a thread) and lists aggregate numbers, nothing else; what they point to is
     * exported from the aggregates themselves. {@code forget me} moves a member's keys to the pseudonym.
     */
    public static final List<String> LOOKUP_KEYS = List.of(InternshipKeys.COLLECTION, QuestionKeys.COLLECTION);

    /**
     * Collections with nothing tied to a member: counted message ids carry no author, delivery keys
     * are the platforms' event ids, finished outbox summaries keep only state, the platform's message id
     * and the failure reason (no text, no recipient), outbox reports name channels, status lists and
     * slots hold bits and indexes, living messages' references name a channel and a message; the rest are community settings (holidays, pay settings) and counters.
     */
    public static final List<String> UNLINKED = List.of(
            "seen_messages",
            "counters",
            "rhythms",
            "peer_help_settings",
            "splitRules",
            "checkinDefaults",
            "retention_settings",
            "holidays",
            "pay_settings",
            "deliveries",
            "outbox_done",
            "outbox_reports",
            "credential_status_lists",
            "credential_status_slots",
            Migrations.COLLECTION,
            "due_buckets",
            // the lowest minute that may still have a due head, and a revision
            DueHeadsCursor.COLLECTION,
            // living messages' platform references, keyed by internship, milestone, question or check-in
            // numbers (pairing invitations by a digest): no member id
            "message_refs",
            "moderator_channels",
            // per-community lists of cohort ids and of open appeals' ids (community id and decision)
            "cohort_lists",
            "appeal_lists",
            // the keys (platform delivery ids) of unfinished commands; the commands are in command_inbox
            MongoCommandInbox.PENDING_COLLECTION,
            // per hour of asking, the community, number and cohort of questions peers may still be offered
            MongoPeerHelpQueue.COLLECTION,
            // when the last retention pass finished
            "retention_passes",
            // ids of delivery keys, answered commands and finished outbox items, by when they expire or finished
            TimeLists.COLLECTION);

    static final String DATA_LINKS = "data_links";
    static final String ERASURE_LOG = "erasure_log";
    static final String RETENTION = "retention_settings";

    private MemberCollections() {}
}
