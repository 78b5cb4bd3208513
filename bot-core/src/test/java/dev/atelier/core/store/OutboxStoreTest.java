package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Living;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.MessageRef;
import dev.atelier.core.message.Select;
import dev.atelier.core.message.SelectOption;
import dev.atelier.core.message.Text;
import dev.atelier.core.message.ThreadChange;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.outbox.LaneClaim;
import dev.atelier.core.outbox.Outbox;
import dev.atelier.core.outbox.OutboxItem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The outbox store on both embedded backends: a lane's pending items are found through the lane's list by
 * {@code _id} (the embedded server scans for any other filter), an item a crash left unlisted is listed by
 * the sweep, a listed item that is gone is taken out, and an item stored before items had a storage shape of
 * their own (the domain's message as it was) is still delivered as it was written.
 */
class OutboxStoreTest {

    static final CommunityRef C = new CommunityRef(Platform.SLACK, "T1", "Shop");
    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final Duration LEASE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    static OutboxItem item(String id, String channel) {
        return new OutboxItem(
                id,
                C,
                "notice",
                new Destination.Channel(channel),
                null,
                null,
                Message.publicReply(Text.of(id)),
                NOW,
                null,
                0,
                false);
    }

    static List<String> ids(List<OutboxItem> items) {
        return items.stream().map(OutboxItem::id).toList();
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aLanesPendingItemsAreFoundByIdInTheOrderWritten(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given three items in one channel's lane and one in another's
            Outbox outbox = MongoOutbox.create(b.mongo());
            outbox.add(item("a1", "C1"));
            outbox.add(item("b1", "C2"));
            outbox.add(item("a2", "C1"));
            outbox.add(item("a3", "C1"));
            LaneClaim claim = outbox.claim(OutboxItem.laneOf(C, new Destination.Channel("C1")), "i1", NOW, LEASE)
                    .orElseThrow();
            b.clearFilters();

            // when the worker lists the lane's pending items, delivers the first and checks for more
            List<OutboxItem> pending = outbox.pending(claim, 2);
            outbox.delivered(pending.get(0), "C1/m1", NOW);
            List<OutboxItem> rest = outbox.pending(claim, 10);

            // then they come oldest first, the delivered one no longer, and only by _id (or _id and state)
            assertThat(ids(pending)).containsExactly("a1", "a2");
            assertThat(ids(rest)).containsExactly("a2", "a3");
            assertThat(b.filters())
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.keySet()).isIn(Set.of("_id"), Set.of("_id", "state")));
            assertThat(indexes(b.mongo(), "outbox")).contains("outbox_item_state");
            assertThat(indexes(b.mongo(), "outbox")).doesNotContain("lane_1_state_1_seq_1");

            // and once the last is delivered the lane goes idle: nothing to claim
            rest.forEach(i -> outbox.delivered(i, "C1/m", NOW));
            outbox.release(claim, NOW, null);
            assertThat(outbox.claim(claim.lane(), "i1", NOW, LEASE)).isEmpty();
        }
    }

    /** Filters served by {@code _id} or a unique index of the outbox. */
    static final Set<Set<String>> BY_ID = Set.of(
            Set.of("_id"),
            Set.of("_id", "state"),
            Set.of("_id", "leaseUntil", "nextAttemptAt"),
            Set.of("_id", "claimedBy"));

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void claimsAndReleasesGoByIdWhateverNumberOfIdleLanesIsKept(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given forty channels whose messages were all delivered (idle lanes kept)
            Outbox outbox = MongoOutbox.create(b.mongo());
            for (int c = 0; c < 40; c++) {
                outbox.add(item("old" + c, "OLD" + c));
                LaneClaim claim = outbox.claim("i1", NOW, LEASE).orElseThrow();
                outbox.pending(claim, 10).forEach(i -> outbox.delivered(i, "m", NOW));
                outbox.release(claim, NOW, null);
            }

            // when an idle worker looks for work
            b.clearFilters();
            assertThat(outbox.claim("i1", NOW, LEASE)).isEmpty();
            // then it read the list of lanes with work, by _id, and nothing else
            assertThat(b.filters())
                    .singleElement()
                    .satisfies(f -> assertThat(f.keySet()).containsExactly("_id"));

            // when two channels get a message each and two instances claim, deliver and release
            outbox.add(item("a1", "C1"));
            outbox.add(item("b1", "C2"));
            b.clearFilters();
            LaneClaim first = outbox.claim("i1", NOW, LEASE).orElseThrow();
            LaneClaim second = outbox.claim("i2", NOW, LEASE).orElseThrow();
            assertThat(outbox.claim("i3", NOW, LEASE)).isEmpty();
            for (LaneClaim claim : List.of(first, second)) {
                outbox.pending(claim, 10).forEach(i -> outbox.delivered(i, "m", NOW));
                outbox.release(claim, NOW, null);
            }

            // then each got its own lane, and every filter was on _id or on _id and fields a unique index covers
            assertThat(Set.of(first.lane(), second.lane()))
                    .containsExactlyInAnyOrder(
                            OutboxItem.laneOf(C, new Destination.Channel("C1")),
                            OutboxItem.laneOf(C, new Destination.Channel("C2")));
            assertThat(java.util.stream.Stream.concat(b.filters().stream(), b.deletes().stream()))
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(BY_ID).contains(f.keySet()));
            assertThat(indexes(b.mongo(), "outbox_lanes"))
                    .contains("outbox_lane_claim", "outbox_lane_holder")
                    .doesNotContain("active_1_nextAttemptAt_1_leaseUntil_1");
            // and the lanes went idle: nothing left to claim, the list of lanes with work is empty
            assertThat(outbox.claim("i1", NOW, LEASE)).isEmpty();
            assertThat(b.mongo()
                            .getCollection("outbox_active")
                            .find(new Document("_id", "lanes"))
                            .first()
                            .getList("lanes", String.class))
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aCrashedClaimersLaneIsTakenOverWhenItsLeaseRunsOutAndEachItemGoesOnce(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given two items in one lane, claimed by an instance that crashes after delivering the first
            Outbox outbox = MongoOutbox.create(b.mongo());
            outbox.add(item("x1", "C1"));
            outbox.add(item("x2", "C1"));
            LaneClaim crashed = outbox.claim("i1", NOW, LEASE).orElseThrow();
            outbox.delivered(outbox.pending(crashed, 1).get(0), "C1/m1", NOW);

            // when another instance looks while the lease lives, and once it ran out
            var during = outbox.claim("i2", NOW.plus(LEASE).minusSeconds(1), LEASE);
            Instant after = NOW.plus(LEASE);
            LaneClaim taken = outbox.claim("i2", after, LEASE).orElseThrow();
            List<OutboxItem> rest = outbox.pending(taken, 10);
            rest.forEach(i -> outbox.delivered(i, "C1/m2", after));
            // the crashed instance's late release changes nothing: the lane is no longer its
            outbox.release(crashed, NOW, null);
            var stillHeld = outbox.claim("i3", after, LEASE);
            outbox.release(taken, after, null);

            // then the lane waited for the lease, the second instance delivered only what was left, once
            assertThat(during).isEmpty();
            assertThat(ids(rest)).containsExactly("x2");
            assertThat(stillHeld).isEmpty();
            assertThat(outbox.find("x1").orElseThrow().messageId()).isEqualTo("C1/m1");
            assertThat(outbox.find("x2").orElseThrow().messageId()).isEqualTo("C1/m2");
            assertThat(outbox.claim("i3", after, LEASE)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aLaneDueLaterIsNotClaimedBeforeItsTime(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given a lane released with a retry due in a minute (rate-limited)
            Outbox outbox = MongoOutbox.create(b.mongo());
            outbox.add(item("r1", "C1"));
            LaneClaim claim = outbox.claim("i1", NOW, LEASE).orElseThrow();
            outbox.failed(outbox.pending(claim, 1).get(0), false, "429", NOW);
            outbox.release(claim, NOW.plusSeconds(60), null);

            // when instances look before and at the retry time
            var early = outbox.claim("i2", NOW.plusSeconds(59), LEASE);
            var earlyByLane = outbox.claim(claim.lane(), "i2", NOW.plusSeconds(59), LEASE);
            var onTime = outbox.claim("i2", NOW.plusSeconds(60), LEASE);

            // then only the look at the retry time gets it
            assertThat(early).isEmpty();
            assertThat(earlyByLane).isEmpty();
            assertThat(onTime).hasValueSatisfying(l -> assertThat(l.lane()).isEqualTo(claim.lane()));
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void anItemACrashLeftUnlistedIsListedByTheSweep(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given an item stored, its lane numbered, but a crash before it was listed in the lane
            MongoTemplate mongo = b.mongo();
            Outbox outbox = MongoOutbox.create(mongo);
            deliverOneAndRelease(outbox);
            mongo.insert(OutboxItemMapper.toDocument(item("stranded", "C1"), 2));

            // when the sweep runs
            assertThat(outbox.claim("i1", NOW, LEASE)).isEmpty();
            outbox.reactivate();

            // then the lane has work again and the item is pending in it
            LaneClaim again = outbox.claim("i1", NOW, LEASE).orElseThrow();
            assertThat(ids(outbox.pending(again, 10))).containsExactly("stranded");
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void anUnlistedItemWithAnIdAsTheDeliveryMakesThemIsListedByTheSweep(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given an item with an id of 24 hex digits (as every item the delivery writes), stored but not
            // listed in its lane (a crash, or an earlier version): the mapping stored its id as an ObjectId
            MongoTemplate mongo = b.mongo();
            Outbox outbox = MongoOutbox.create(mongo);
            deliverOneAndRelease(outbox);
            String id = "0123456789abcdef01234567";
            mongo.insert(OutboxItemMapper.toDocument(item(id, "C1"), 2));
            assertThat(mongo.getCollection("outbox").find().first().get("_id"))
                    .isInstanceOf(org.bson.types.ObjectId.class);

            // when the sweep runs
            outbox.reactivate();

            // then the item is pending in its lane, and once delivered the lane stays idle after the next sweep
            LaneClaim again = outbox.claim("i1", NOW, LEASE).orElseThrow();
            List<OutboxItem> pending = outbox.pending(again, 10);
            assertThat(ids(pending)).containsExactly(id);
            outbox.delivered(pending.get(0), "C1/m2", NOW);
            outbox.release(again, NOW, null);
            outbox.reactivate();
            assertThat(outbox.claim("i1", NOW, LEASE)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aListedItemThatIsGoneIsTakenOutOfItsLane(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given two items of a lane, the first deleted (a member's data erased, a purge)
            MongoTemplate mongo = b.mongo();
            Outbox outbox = MongoOutbox.create(mongo);
            outbox.add(item("gone", "C1"));
            outbox.add(item("kept", "C1"));
            mongo.getCollection("outbox").deleteOne(new Document("_id", "gone"));

            // when the lane's pending items are listed
            LaneClaim claim = outbox.claim("i1", NOW, LEASE).orElseThrow();
            List<OutboxItem> pending = outbox.pending(claim, 1);

            // then the kept one comes, and the gone one left the lane's list
            assertThat(ids(pending)).containsExactly("kept");
            Document lane = mongo.getCollection("outbox_lanes")
                    .find(new Document("_id", claim.lane()))
                    .first();
            assertThat(lane.getList("waiting", Document.class))
                    .extracting(w -> w.getString("item"))
                    .containsExactly("kept");
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void anItemStoredWithTheDomainsMessageIsDeliveredAsWritten(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given an item and its lane as an earlier version stored them: the domain's message and living
            // part mapped as they were, spans with their class names, no list of waiting items in the lane
            MongoTemplate mongo = b.mongo();
            mongo.getCollection("outbox").insertOne(Document.parse(OLD_ITEM));
            mongo.getCollection("outbox_lanes")
                    .insertOne(new Document("_id", "slack:T1|c:C1")
                            .append("seq", 1L)
                            .append("active", true)
                            .append("nextAttemptAt", java.util.Date.from(Instant.EPOCH))
                            .append("leaseUntil", java.util.Date.from(Instant.EPOCH)));
            Outbox outbox = MongoOutbox.create(mongo);

            // when the sweep lists it and a worker takes the lane
            outbox.reactivate();
            LaneClaim claim = outbox.claim("i1", NOW, LEASE).orElseThrow();
            OutboxItem read = outbox.pending(claim, 10).get(0);

            // then it reads as it was written
            assertThat(read.id()).isEqualTo("i1");
            assertThat(read.thread()).isEqualTo(new ThreadRef("C1", "T9", "https://t"));
            assertThat(read.fallback()).isEqualTo(new Destination.Direct("U1"));
            assertThat(read.living()).isEqualTo(Living.editAt(new MessageRef("C1", "M9"), new ThreadChange("n", true)));
            assertThat(read.message()).isEqualTo(OLD_MESSAGE);
        }
    }

    /** The message of {@link #OLD_ITEM}. */
    static final Message OLD_MESSAGE = new Message(
            "Title",
            Text.builder()
                    .plain("Hi ")
                    .bold("M1")
                    .italic("i")
                    .code("c")
                    .role("R1", "Admins")
                    .link("https://x.org", "X")
                    .member("U1")
                    .quiet(new Member("U2", "Bo"))
                    .channel("C1")
                    .user("typed")
                    .quote("q")
                    .line()
                    .bullet()
                    .plain("b")
                    .command(CommandHint.of("status").with("internship", "1").named("due", "2026"))
                    .build(),
            List.of(new Field("F", Text.of("v"), true)),
            List.of(new Button("Ok", ButtonStyle.PRIMARY, "review 1 approve", List.of("note"))),
            List.of(new Select("Pick", "cohort join", "cohort", List.of(new SelectOption("A", "a")))),
            false);

    /** An outbox item as the version before this one stored it (its raw BSON, copied from a run of it). */
    static final String OLD_ITEM = """
            {"_id": "i1", "lane": "slack:T1|c:C1", "seq": 1, "communityId": "slack:T1", "platform": "SLACK", "externalId": "T1", "communityName": "Shop", "kind": "notice", "toKind": "c", "toId": "C1", "threadId": "T9", "threadLink": "https://t", "fallbackKind": "d", "fallbackId": "U1", "message": {"title": "Title", "body": {"spans": [{"text": "Hi ", "_class": "dev.atelier.core.message.Span$Plain"}, {"text": "M1", "_class": "dev.atelier.core.message.Span$Bold"}, {"text": "i", "_class": "dev.atelier.core.message.Span$Italic"}, {"text": "c", "_class": "dev.atelier.core.message.Span$Code"}, {"roleId": "R1", "name": "Admins", "_class": "dev.atelier.core.message.Span$RoleMention"}, {"url": "https://x.org", "label": "X", "_class": "dev.atelier.core.message.Span$Link"}, {"memberId": "U1", "_class": "dev.atelier.core.message.Span$MemberMention"}, {"memberId": "U2", "name": "Bo", "_class": "dev.atelier.core.message.Span$QuietMention"}, {"channelId": "C1", "_class": "dev.atelier.core.message.Span$ChannelMention"}, {"text": "typed", "_class": "dev.atelier.core.message.Span$UserText"}, {"_class": "dev.atelier.core.message.Span$LineBreak"}, {"text": "q", "_class": "dev.atelier.core.message.Span$Quote"}, {"_class": "dev.atelier.core.message.Span$LineBreak"}, {"_class": "dev.atelier.core.message.Span$Bullet"}, {"text": "b", "_class": "dev.atelier.core.message.Span$Plain"}, {"hint": {"path": "status", "arguments": [{"name": "internship", "value": "1", "named": false}, {"name": "due", "value": "2026", "named": true}]}, "_class": "dev.atelier.core.message.Span$Command"}]}, "fields": [{"name": "F", "value": {"spans": [{"text": "v", "_class": "dev.atelier.core.message.Span$Plain"}]}, "inline": true}], "buttons": [{"label": "Ok", "style": "PRIMARY", "command": "review 1 approve", "ask": ["note"]}], "selects": [{"placeholder": "Pick", "command": "cohort join", "option": "cohort", "options": [{"label": "A", "value": "a"}]}], "ephemeral": false}, "createdAt": {"$date": "2026-11-30T10:00:00Z"}, "expiresAt": {"$date": "2026-12-01T10:00:00Z"}, "attempts": 0, "unsure": false, "state": "PENDING", "living": {"edit": true, "at": {"channelId": "C1", "messageId": "M9"}, "thread": {"name": "n", "archived": true}, "pin": false}, "_class": "dev.atelier.core.store.OutboxItemDocument"}
            """;

    private static List<String> indexes(MongoTemplate mongo, String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream()
                .map(org.springframework.data.mongodb.core.index.IndexInfo::getName)
                .toList();
    }

    /** Lane C1 numbered and its first item delivered, the lane released with nothing left in it. */
    private static void deliverOneAndRelease(Outbox outbox) {
        outbox.add(item("first", "C1"));
        LaneClaim claim = outbox.claim("i1", NOW, LEASE).orElseThrow();
        outbox.delivered(outbox.pending(claim, 10).get(0), "C1/m1", NOW);
        outbox.release(claim, NOW, null);
    }
}
