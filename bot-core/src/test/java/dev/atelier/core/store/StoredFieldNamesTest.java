package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.clock.checkin.Answer;
import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.checkin.CheckinSchedule;
import dev.atelier.core.clock.checkin.Prompt;
import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.enrolment.Requirement;
import dev.atelier.core.enrolment.Role;
import dev.atelier.core.enrolment.Roster;
import dev.atelier.core.internship.Completion;
import dev.atelier.core.internship.FinalReview;
import dev.atelier.core.internship.HoursEntry;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipData;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.IssuedCredential;
import dev.atelier.core.internship.MentorshipRating;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.internship.Review;
import dev.atelier.core.internship.Submission;
import dev.atelier.core.internship.TimelineEvent;
import dev.atelier.core.internship.Verdict;
import dev.atelier.core.matching.Proposal;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.pairing.PairingPlan;
import dev.atelier.core.pay.PayStatement;
import dev.atelier.core.pay.Share;
import dev.atelier.core.profile.Profile;
import dev.atelier.core.question.Knowledge;
import dev.atelier.core.question.PeerHelp;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionData;
import dev.atelier.core.question.QuestionStatus;
import dev.atelier.core.task.Budget;
import dev.atelier.core.task.Task;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The field names the stores write, pinned on the raw BSON: what is stored must not change when a
 * domain type's field is renamed (older stores must still read), only when a document changes on purpose.
 */
class StoredFieldNamesTest {

    static final CommunityRef C = new CommunityRef(Platform.SLACK, "T1", "t1");
    static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    static final Member ALICE = new Member("alice", "Alice");
    static final Member BOB = new Member("bob", "Bob");

    Backend backend;
    MongoTemplate mongo;
    MongoStores stores;

    @BeforeEach
    void start() {
        backend = new Backend(new de.bwaldvogel.mongo.backend.memory.MemoryBackend());
        mongo = backend.mongo();
        stores = MongoStores.create(mongo);
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    @Test
    void anInternshipWithEveryPartIsStoredUnderTheseNames() {
        Budget budget = new Budget(10_000, "USD");
        stores.internships()
                .save(new Internship(
                        new InternshipData(C.id(), 1, ALICE, BOB, 7, "Shop", "spring", AT, null),
                        InternshipStatus.COMPLETED,
                        "C9",
                        List.of(new Milestone(
                                3,
                                "Design",
                                "criteria",
                                LocalDate.of(2026, 12, 1),
                                MilestoneStatus.APPROVED,
                                List.of(new Submission(URI.create("https://x.org/1"), "notes", "alice", AT)),
                                List.of(new Review(Verdict.APPROVE, "good", "bob", AT)),
                                4)),
                        List.of(new TimelineEvent(AT, "bob", "started")),
                        List.of(new HoursEntry(11, "alice", 90, "layout", AT)),
                        new Completion(
                                new FinalReview(8, List.of("css"), "tidy", "Great.", "bob", AT),
                                new PayStatement(
                                        budget,
                                        "default",
                                        List.of(
                                                new Share("intern", "alice", "Alice", 90, 9_000),
                                                new Share("mentor", "bob", "Bob", 10, 1_000))),
                                new IssuedCredential("cred-1", "tok", AT, AT, "mod", "why", "list-1", 4, true),
                                new MentorshipRating(5, "kind", AT),
                                "ended")));

        assertThat(paths(raw("internships")))
                .containsExactlyInAnyOrder(
                        "_id",
                        "_class",
                        "version",
                        "communityId",
                        "number",
                        "intern._id",
                        "intern.name",
                        "mentor._id",
                        "mentor.name",
                        "memberIds[]",
                        "taskNumber",
                        "taskTitle",
                        "cohortName",
                        "status",
                        "workspaceChannelId",
                        "milestones[].number",
                        "milestones[].title",
                        "milestones[].criteria",
                        "milestones[].due",
                        "milestones[].status",
                        "milestones[].submissions[].link",
                        "milestones[].submissions[].notes",
                        "milestones[].submissions[].by",
                        "milestones[].submissions[].at",
                        "milestones[].reviews[].verdict",
                        "milestones[].reviews[].feedback",
                        "milestones[].reviews[].by",
                        "milestones[].reviews[].at",
                        "milestones[].estimateHours",
                        "timeline[].at",
                        "timeline[].by",
                        "timeline[].what",
                        "createdAt",
                        "hours[].number",
                        "hours[].memberId",
                        "hours[].minutes",
                        "hours[].note",
                        "hours[].at",
                        "completion.review.score",
                        "completion.review.skills[]",
                        "completion.review.strengths",
                        "completion.review.endorsement",
                        "completion.review.by",
                        "completion.review.at",
                        "completion.statement.budget.minorUnits",
                        "completion.statement.budget.currency",
                        "completion.statement.rule",
                        "completion.statement.shares[].role",
                        "completion.statement.shares[].memberId",
                        "completion.statement.shares[].memberName",
                        "completion.statement.shares[].minutes",
                        "completion.statement.shares[].minorUnits",
                        "completion.credential._id",
                        "completion.credential.token",
                        "completion.credential.issuedAt",
                        "completion.credential.revokedAt",
                        "completion.credential.revokedBy",
                        "completion.credential.revokedReason",
                        "completion.credential.statusList",
                        "completion.credential.statusIndex",
                        "completion.credential.scoreShown",
                        "completion.rating.rating",
                        "completion.rating.comment",
                        "completion.rating.at",
                        "completion.endReason");
        Document stored = raw("internships");
        assertThat(stored.get("status")).isEqualTo("COMPLETED");
        assertThat(stored.getList("milestones", Document.class).get(0).get("status"))
                .isEqualTo("APPROVED");
        assertThat(stored.getList("milestones", Document.class)
                        .get(0)
                        .getList("submissions", Document.class)
                        .get(0)
                        .get("link"))
                .isEqualTo("https://x.org/1");
    }

    @Test
    void aQuestionWithEveryPartIsStoredUnderTheseNames() {
        ThreadRef thread = new ThreadRef("C1", "T-1", "https://x.org/t");
        stores.questions()
                .save(new Question(
                        new QuestionData(C.id(), 2, 1, "spring", ALICE, BOB, "How?", AT, null),
                        QuestionStatus.RESOLVED,
                        AT,
                        "bob",
                        AT,
                        new Knowledge(Knowledge.Kind.RESOURCE, "Tests", "Run them", "bob"),
                        thread,
                        new PeerHelp(false, AT, new ThreadRef("C2", "T-2", null))));

        assertThat(paths(raw("questions")))
                .containsExactlyInAnyOrder(
                        "_id",
                        "_class",
                        "version",
                        "communityId",
                        "number",
                        "internshipNumber",
                        "cohortName",
                        "asker._id",
                        "asker.name",
                        "mentor._id",
                        "mentor.name",
                        "mentorId",
                        "text",
                        "askedAt",
                        "status",
                        "firstReplyAt",
                        "firstReplyBy",
                        "resolvedAt",
                        "knowledge.kind",
                        "knowledge.title",
                        "knowledge.answer",
                        "knowledge.markedBy",
                        "thread.channelId",
                        "thread.threadId",
                        "thread.link",
                        "peers.optedOut",
                        "peers.offeredAt",
                        "peers.thread.channelId",
                        "peers.thread.threadId");
        assertThat(raw("questions").get("knowledge", Document.class).get("kind"))
                .isEqualTo("RESOURCE");
    }

    @Test
    void aTaskACohortAndACommunityAreStoredUnderTheseNames() {
        stores.tasks()
                .insert(new Task(
                        C.id(),
                        1,
                        "Shop",
                        "desc",
                        "deliverables",
                        new Budget(25_000, "EUR"),
                        List.of("java"),
                        URI.create("https://x.org/task"),
                        40,
                        "mod",
                        AT));
        stores.cohorts()
                .insert(Cohort.create(
                        C.id(), "Spring", "C5", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1), "mod", AT));
        stores.communities().ensure(C);
        stores.communities().addModerator(C.id(), "mod");

        assertThat(paths(raw("tasks")))
                .containsExactlyInAnyOrder(
                        "_id",
                        "_class",
                        "version",
                        "communityId",
                        "number",
                        "title",
                        "description",
                        "deliverables",
                        "budget.minorUnits",
                        "budget.currency",
                        "skills[]",
                        "sourceLink",
                        "estimatedHours",
                        "createdBy",
                        "createdAt");
        assertThat(paths(raw("cohorts")))
                .containsExactlyInAnyOrder(
                        "_id",
                        "_class",
                        "version",
                        "communityId",
                        "name",
                        "channelId",
                        "starts",
                        "ends",
                        "status",
                        "createdBy",
                        "createdAt");
        assertThat(raw("cohorts").get("_id")).isEqualTo(C.id() + "/spring");
        assertThat(raw("cohorts").get("status")).isEqualTo("DRAFT");
        assertThat(paths(raw("communities")))
                .containsExactlyInAnyOrder(
                        "_id", "_class", "platform", "externalId", "name", "moderatorIds[]", "createdAt");
        assertThat(raw("communities").get("platform")).isEqualTo("SLACK");
    }

    @Test
    void aProfileARosterAPlanAndACheckinAreStoredUnderTheseNames() {
        stores.profiles()
                .save(new Profile(
                        C.id(),
                        ALICE,
                        Map.of("java", 3),
                        List.of("kotlin"),
                        "backend",
                        "Europe/Paris",
                        9,
                        17,
                        10,
                        "bio",
                        List.of("testing"),
                        2,
                        LocalDate.parse("2026-12-24"),
                        List.of("bob"),
                        null));
        stores.rosters()
                .save(new Roster(
                        C.id(),
                        "spring",
                        true,
                        List.of(new Roster.Enrollee(ALICE, Role.INTERN, false, AT)),
                        List.of(new Roster.CohortTask(7, 2, new Requirement(1, 2, 3))),
                        null));
        stores.plans()
                .save(new PairingPlan(
                        C.id(),
                        "spring",
                        List.of(new Proposal.Pair("alice", "Alice", "bob", "Bob", 7, "Shop", 42, "skills")),
                        List.of(new Proposal.LeftOut("carol", "Carol", "intern", "no mentor")),
                        List.of("dan"),
                        List.of("alice"),
                        List.of("bob"),
                        List.of("erin"),
                        AT,
                        null));
        stores.checkins()
                .save(new Checkin(
                        C,
                        7,
                        "alice",
                        CheckinSchedule.DEFAULT,
                        AT,
                        new Prompt(2, AT, new Answer("done", "blocks", "next", 4, AT), false),
                        1,
                        0,
                        null));

        assertThat(paths(raw("profiles")))
                .containsExactlyInAnyOrder(
                        "_id",
                        "_class",
                        "version",
                        "communityId",
                        "member._id",
                        "member.name",
                        "skills[].name",
                        "skills[].level",
                        "learning[]",
                        "career",
                        "timezone",
                        "fromHour",
                        "toHour",
                        "weeklyHours",
                        "bio",
                        "expertise[]",
                        "capacity",
                        "pausedUntil",
                        "avoid[]");
        assertThat(paths(raw("rosters")))
                .containsExactlyInAnyOrder(
                        "_id",
                        "_class",
                        "version",
                        "communityId",
                        "cohortName",
                        "approvalRequired",
                        "enrollees[].member._id",
                        "enrollees[].member.name",
                        "enrollees[].role",
                        "enrollees[].approved",
                        "enrollees[].since",
                        "tasks[].taskNumber",
                        "tasks[].level",
                        "tasks[].requires.count",
                        "tasks[].requires.level",
                        "tasks[].requires.minScore");
        assertThat(raw("rosters").getList("enrollees", Document.class).get(0).get("role"))
                .isEqualTo("INTERN");
        assertThat(paths(raw("pairing_plans")))
                .containsExactlyInAnyOrder(
                        "_id",
                        "_class",
                        "version",
                        "communityId",
                        "cohortName",
                        "pairs[].internId",
                        "pairs[].internName",
                        "pairs[].mentorId",
                        "pairs[].mentorName",
                        "pairs[].taskNumber",
                        "pairs[].taskTitle",
                        "pairs[].score",
                        "pairs[].reasons",
                        "leftOut[].memberId",
                        "leftOut[].name",
                        "leftOut[].role",
                        "leftOut[].reason",
                        "alreadyPaired[]",
                        "asked[]",
                        "accepted[]",
                        "declined[]",
                        "createdAt");
        assertThat(paths(raw("checkins")))
                .containsExactlyInAnyOrder(
                        "_id",
                        "_class",
                        "version",
                        "communityId",
                        "platform",
                        "externalId",
                        "communityName",
                        "internship",
                        "internId",
                        "days[]",
                        "time",
                        "quietFrom",
                        "quietTo",
                        "nextDue",
                        "promptNumber",
                        "promptSentAt",
                        "open",
                        "missed",
                        "answer.done",
                        "answer.blocks",
                        "answer.next",
                        "answer.confidence",
                        "answer.at",
                        "missedInRow",
                        "lowBefore");
        assertThat(raw("profiles").get("_id")).isEqualTo(C.id() + "/alice");
        assertThat(raw("checkins").get("_id")).isEqualTo(C.id() + "/7");
    }

    private Document raw(String collection) {
        return mongo.getCollection(collection).find().first();
    }

    /** Every field path of a document, with {@code []} for a list's elements. */
    static Set<String> paths(Document document) {
        Set<String> paths = new TreeSet<>();
        collect("", document, paths);
        return paths;
    }

    private static void collect(String prefix, Object value, Set<String> paths) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collect(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, paths));
        } else if (value instanceof List<?> list) {
            if (list.isEmpty() || !(list.get(0) instanceof Map)) {
                paths.add(prefix + "[]");
            }
            list.forEach(v -> {
                if (v instanceof Map) {
                    collect(prefix + "[]", v, paths);
                }
            });
        } else {
            paths.add(prefix);
        }
    }
}
