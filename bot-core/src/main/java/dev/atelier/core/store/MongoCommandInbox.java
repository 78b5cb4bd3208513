package dev.atelier.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.inbox.CommandInbox;
import dev.atelier.core.inbox.InboxCommand;
import dev.atelier.core.inbox.InboxEntry;
import dev.atelier.core.inbox.InboxState;
import dev.atelier.core.inbox.LaneClaim;
import dev.atelier.core.message.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The inbox in {@code command_inbox}, lane claims in {@code command_inbox_lanes}, the keys of unfinished
 * commands in one list in {@code command_inbox_pending}. Accepting lists the delivery key, then inserts the
 * command by it. A claim reads the list and the commands and lanes it names (all by {@code _id}, so its
 * cost follows the unfinished commands, not the answered ones kept for a day), picks the oldest unfinished
 * command outside the lanes held under a live lease, then takes its lane: an insert for a lane without a
 * document (a duplicate key when another claimer was first), a conditional update on the lane's {@code _id}
 * and the lease it read for one whose lease ran out, so each lane has one holder. A free lane has no
 * document. Every conditional write is on {@code _id} plus one field that a unique index covers, so the
 * embedded server never scans for it.
 */
final class MongoCommandInbox implements CommandInbox {

    private static final int ATTEMPTS = 5;
    /** The {@code _id} of the list of unfinished commands' keys in {@value #PENDING_COLLECTION}. */
    static final String PENDING = "pending";

    static final String PENDING_COLLECTION = "command_inbox_pending";

    private final MongoTemplate mongo;
    private final IdLists pending;
    /** Answered commands' keys by the time they were answered: what a purge reads. */
    private final TimeLists answered;
    /** Names the last purge found listed without a command. */
    private final Set<String> missingBefore = java.util.concurrent.ConcurrentHashMap.newKeySet();

    MongoCommandInbox(MongoTemplate mongo) {
        this.mongo = mongo;
        this.pending = new IdLists(mongo, PENDING_COLLECTION);
        this.answered = new TimeLists(mongo, mongo.getCollectionName(InboxDocument.class));
        StoreIndexes.of(mongo, InboxDocument.class)
                .unique("inbox_state", "_id", "state")
                .unique("inbox_done", "_id", "done");
        StoreIndexes.of(mongo, InboxLaneDocument.class)
                .unique("inbox_lane_lease", "_id", "leaseUntil")
                .unique("inbox_lane_holder", "_id", "holder");
        // commands stored before the pending list was kept are listed once
        Migrations.once(
                mongo,
                "inbox-pending-1",
                () -> pending.addAll(
                        PENDING,
                        mongo.find(query(where("done").is(false)), InboxDocument.class).stream()
                                .map(InboxDocument::id)
                                .toList()));
        // answered commands stored before they were listed by the time answered are listed once
        Migrations.once(mongo, "inbox-answered-lists-1", () -> {
            Map<String, Instant> done = new HashMap<>();
            mongo.find(query(where("done").is(true)), InboxDocument.class)
                    .forEach(d -> done.put(d.id(), d.answeredAt() == null ? Instant.EPOCH : d.answeredAt()));
            answered.addAll(done);
        });
    }

    @Override
    public boolean accept(InboxCommand c) {
        // listed before it is stored: a crash in between leaves a name without a command, which a purge takes off
        pending.add(PENDING, c.key());
        try {
            mongo.insert(toDocument(c));
            return true;
        } catch (DuplicateKeyException duplicate) {
            return false;
        }
    }

    @Override
    public Optional<LaneClaim> claim(String instanceId, Instant now, Duration lease) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<InboxDocument> unfinished = unfinished();
            if (unfinished.isEmpty()) {
                return Optional.empty();
            }
            Map<String, InboxLaneDocument> lanes = new HashMap<>();
            mongo.find(
                            query(where("_id")
                                    .in(unfinished.stream()
                                            .map(InboxDocument::lane)
                                            .distinct()
                                            .toList())),
                            InboxLaneDocument.class)
                    .forEach(l -> lanes.put(l.id(), l));
            Optional<InboxDocument> candidate = unfinished.stream()
                    .filter(d -> !held(lanes.get(d.lane()), now))
                    .findFirst();
            if (candidate.isEmpty()) {
                return Optional.empty();
            }
            String lane = candidate.get().lane();
            String token = instanceId + "/" + UUID.randomUUID();
            if (take(lane, lanes.get(lane), token, now.plus(lease))) {
                return Optional.of(new LaneClaim(lane, token));
            }
        }
        return Optional.empty();
    }

    /**
     * Takes a free lane: a lane without a document by inserting one (a duplicate key: another claimer was
     * first), a lane whose lease ran out by replacing its holder on {@code _id} and the lease read (a unique
     * index serves that filter; no match: another claimer was first).
     */
    private boolean take(String lane, InboxLaneDocument read, String token, Instant until) {
        try {
            if (read == null) {
                mongo.insert(new InboxLaneDocument(lane, token, until));
                return true;
            }
            return mongo.updateFirst(
                                    query(where("_id")
                                            .is(lane)
                                            .and("leaseUntil")
                                            .is(read.leaseUntil())),
                                    Update.update("holder", token).set("leaseUntil", until),
                                    InboxLaneDocument.class)
                            .getMatchedCount()
                    > 0;
        } catch (DuplicateKeyException heldMeanwhile) {
            return false;
        }
    }

    private static boolean held(InboxLaneDocument lane, Instant now) {
        return lane != null && lane.leaseUntil() != null && lane.leaseUntil().isAfter(now);
    }

    /**
     * The unfinished commands, oldest first: those the pending list names (by {@code _id}); finished ones
     * are taken off the list. A name without a command may be one being accepted right now, so it stays
     * (see {@link #purgeAnswered}).
     */
    private List<InboxDocument> unfinished() {
        List<String> keys = pending.ids(PENDING);
        if (keys.isEmpty()) {
            return List.of();
        }
        List<InboxDocument> found = mongo.find(query(where("_id").in(keys)), InboxDocument.class);
        pending.remove(
                PENDING,
                found.stream()
                        .filter(InboxDocument::done)
                        .map(InboxDocument::id)
                        .toList());
        return found.stream()
                .filter(d -> !d.done())
                .sorted(Comparator.comparingLong(InboxDocument::ordinal))
                .toList();
    }

    @Override
    public Optional<InboxEntry> next(LaneClaim claim) {
        InboxLaneDocument lane = mongo.findById(claim.lane(), InboxLaneDocument.class);
        if (lane == null || !claim.token().equals(lane.holder())) {
            return Optional.empty();
        }
        return unfinished().stream()
                .filter(d -> d.lane().equals(claim.lane()))
                .findFirst()
                .map(MongoCommandInbox::toEntry);
    }

    @Override
    public boolean applied(String key, Message reply, Instant at) {
        return mongo.updateFirst(
                                query(where("_id").is(key).and("state").is(InboxState.PENDING.name())),
                                Update.update("state", InboxState.APPLIED.name())
                                        .set("reply", MessageMapper.toDocument(reply))
                                        .set("appliedAt", at),
                                InboxDocument.class)
                        .getMatchedCount()
                > 0;
    }

    @Override
    public void answered(String key, String how, Instant at) {
        // listed first: a crash in between leaves a key a purge finds unfinished and leaves alone
        answered.add(key, at);
        mongo.updateFirst(
                query(where("_id").is(key).and("done").is(false)),
                Update.update("state", InboxState.ANSWERED.name())
                        .set("done", true)
                        .set("answeredAt", at)
                        .set("answeredBy", how),
                InboxDocument.class);
        pending.remove(PENDING, List.of(key));
    }

    @Override
    public boolean renew(LaneClaim claim, Instant until) {
        return mongo.updateFirst(
                                query(where("_id")
                                        .is(claim.lane())
                                        .and("holder")
                                        .is(claim.token())),
                                Update.update("leaseUntil", until),
                                InboxLaneDocument.class)
                        .getMatchedCount()
                > 0;
    }

    @Override
    public void release(LaneClaim claim, Instant notBefore) {
        Query mine = query(where("_id").is(claim.lane()).and("holder").is(claim.token()));
        if (notBefore.equals(Instant.EPOCH)) {
            mongo.remove(mine, InboxLaneDocument.class);
        } else {
            mongo.updateFirst(
                    mine, Update.update("holder", null).set("leaseUntil", notBefore), InboxLaneDocument.class);
        }
    }

    @Override
    public long depth() {
        return unfinished().size();
    }

    @Override
    public long purgeAnswered(Instant before) {
        // names listed without a command at two purges in a row were left by a crash between listing and storing
        List<String> keys = pending.ids(PENDING);
        Set<String> stored = new HashSet<>();
        if (!keys.isEmpty()) {
            Query ids = query(where("_id").in(keys));
            ids.fields().include("_id");
            mongo.find(ids, org.bson.Document.class, mongo.getCollectionName(InboxDocument.class))
                    .forEach(d -> stored.add(d.getString("_id")));
        }
        Set<String> missing = new HashSet<>(keys);
        missing.removeAll(stored);
        List<String> left = missing.stream().filter(missingBefore::contains).toList();
        pending.remove(PENDING, left);
        missingBefore.clear();
        missingBefore.addAll(missing);
        return purgeListed(before);
    }

    /** Deletes the commands answered before {@code before}, as listed by the time answered (by {@code _id}). */
    private long purgeListed(Instant before) {
        TimeLists.Taken taken = answered.takeBefore(before);
        long deleted = 0;
        for (int from = 0; from < taken.ids().size(); from += 500) {
            List<String> page = taken.ids().subList(from, Math.min(taken.ids().size(), from + 500));
            List<String> old = mongo.find(query(where("_id").in(page)), InboxDocument.class).stream()
                    .filter(d ->
                            d.done() && d.answeredAt() != null && d.answeredAt().isBefore(before))
                    .map(InboxDocument::id)
                    .toList();
            if (!old.isEmpty()) {
                deleted += mongo.remove(query(where("_id").in(old)), InboxDocument.class)
                        .getDeletedCount();
            }
        }
        answered.forget(taken);
        return deleted;
    }

    private static InboxDocument toDocument(InboxCommand c) {
        Caller caller = c.caller();
        CommunityRef community = caller.community();
        return new InboxDocument(
                c.key(),
                c.lane(),
                c.ordinal(),
                community.platform().name(),
                community.externalId(),
                community.name(),
                caller.actor().id(),
                caller.actor().member().name(),
                caller.actor().platformModerator(),
                caller.channelId(),
                c.line(),
                c.path(),
                c.path() == null ? null : c.options(),
                c.replyTo(),
                c.receivedAt(),
                InboxState.PENDING.name(),
                false,
                null,
                null,
                null,
                null);
    }

    private static InboxEntry toEntry(InboxDocument d) {
        Caller caller = new Caller(
                new CommunityRef(Platform.valueOf(d.platform()), d.externalId(), d.communityName()),
                new Actor(new Member(d.memberId(), d.memberName()), d.platformModerator()),
                d.channelId());
        InboxCommand command = new InboxCommand(
                d.id(), caller, d.line(), d.path(), d.options(), d.replyTo(), d.receivedAt(), d.ordinal());
        return new InboxEntry(command, InboxState.valueOf(d.state()), MessageMapper.toMessage(d.reply()));
    }
}
