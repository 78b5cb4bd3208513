package dev.atelier.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.result.UpdateResult;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The inbox in {@code command_inbox}, lane claims in {@code command_inbox_lanes}. Accepting is one
 * insert by delivery key. A claim finds the oldest unfinished command outside the lanes held under a
 * live lease, then takes its lane with one conditional upsert on the lane's {@code _id}: it matches
 * a lane whose lease ran out, inserts a free one, and fails with a duplicate key when another holder
 * has it, so each lane has one holder. A free lane has no document.
 */
final class MongoCommandInbox implements CommandInbox {

    private static final String COLLECTION = "command_inbox";
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;

    MongoCommandInbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean accept(InboxCommand c) {
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
            List<String> held = mongo.find(query(where("leaseUntil").gt(now)), InboxLaneDocument.class).stream()
                    .map(InboxLaneDocument::id)
                    .toList();
            Query oldest = query(where("done").is(false).and("lane").nin(held))
                    .with(Sort.by("ordinal"))
                    .limit(1);
            oldest.fields().include("lane");
            org.bson.Document candidate = mongo.findOne(oldest, org.bson.Document.class, COLLECTION);
            if (candidate == null) {
                return Optional.empty();
            }
            String lane = candidate.getString("lane");
            String token = instanceId + "/" + UUID.randomUUID();
            try {
                UpdateResult taken = mongo.upsert(
                        query(where("_id").is(lane).and("leaseUntil").lte(now)),
                        Update.update("holder", token).set("leaseUntil", now.plus(lease)),
                        InboxLaneDocument.class);
                if (taken.getMatchedCount() > 0 || taken.getUpsertedId() != null) {
                    return Optional.of(new LaneClaim(lane, token));
                }
            } catch (DuplicateKeyException heldMeanwhile) {
                // another claimer took this lane first; look again
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<InboxEntry> next(LaneClaim claim) {
        if (!mongo.exists(
                query(where("_id").is(claim.lane()).and("holder").is(claim.token())), InboxLaneDocument.class)) {
            return Optional.empty();
        }
        Query oldest = query(where("lane").is(claim.lane()).and("done").is(false))
                .with(Sort.by("ordinal"))
                .limit(1);
        return Optional.ofNullable(mongo.findOne(oldest, InboxDocument.class)).map(MongoCommandInbox::toEntry);
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
        mongo.updateFirst(
                query(where("_id").is(key).and("done").is(false)),
                Update.update("state", InboxState.ANSWERED.name())
                        .set("done", true)
                        .set("answeredAt", at)
                        .set("answeredBy", how),
                InboxDocument.class);
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
        return mongo.count(query(where("done").is(false)), InboxDocument.class);
    }

    @Override
    public long purgeAnswered(Instant before) {
        return mongo.remove(query(where("done").is(true).and("answeredAt").lt(before)), InboxDocument.class)
                .getDeletedCount();
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
