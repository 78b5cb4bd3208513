package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.conversation.ConversationStore;
import dev.atelier.core.inbox.CommandInbox;
import dev.atelier.core.inbox.InboxCommand;
import dev.atelier.core.inbox.InboxEntry;
import dev.atelier.core.inbox.LaneClaim;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import dev.atelier.core.store.QueryShapes.Shape;
import dev.atelier.core.testing.CatalogTour;
import dev.atelier.core.testing.MutableClock;
import dev.atelier.core.testing.TestAtelier;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Every filter the stores send has an index a real MongoDB seeks with, declared by the stores themselves:
 * the whole catalog is run (every command's example as moderator, intern and mentor), then the clock's rounds
 * over weeks, the inbox, delivery keys, message counting, the dashboard's reads, an export, the retention
 * purges and an erasure, with every command the driver sends recorded. A query added without its index
 * fails here. The one filter that reads a whole (small) collection on purpose is listed with its reason.
 */
class EveryQueryHasAnIndexTest {

    static final CommunityRef SHOP = new CommunityRef(Platform.CONSOLE, "shop", "Shop guild");

    /**
     * Filters that read a whole collection on purpose, with why (collection and the fields filtered on): the
     * retention pass reads the days of the communities that set their own, once a day (one small document each).
     */
    static final Map<String, String> WHOLE_READS =
            Map.of("retention_settings []", "retention: the communities that keep their own number of days");

    @Test
    void everyFilterTheStoresSendIsServedByADeclaredIndex() {
        QueryShapes recorder = new QueryShapes();
        Map<String, List<List<String>>> indexes = new HashMap<>();
        CatalogTour.run(
                List.of(recorder),
                atelier -> {
                    // the application creates the delivery keys' store at start-up (its one-time migration)
                    MongoDeliveries.create(atelier.mongo(), java.time.Clock.systemUTC());
                    recorder.start();
                },
                (atelier, clock) -> {
                    afterTheTour(atelier, clock);
                    for (String collection : atelier.mongo().getCollectionNames()) {
                        indexes.put(collection, IndexCoverage.indexes(atelier.mongo(), collection));
                    }
                });

        Set<String> unserved = new TreeSet<>();
        for (Shape shape : recorder.shapes()) {
            if (IndexCoverage.servedBy(shape, indexes.getOrDefault(shape.collection(), List.of()))
                            .isEmpty()
                    && !WHOLE_READS.containsKey(
                            shape.collection() + " " + shape.fields().keySet())) {
                unserved.add(shape + " (indexes " + indexes.get(shape.collection()) + ")");
            }
        }
        assertThat(recorder.shapes()).hasSizeGreaterThan(100);
        assertThat(unserved).as("filters no declared index serves").isEmpty();
    }

    @Test
    void aFilterIsServedOnlyByAnIndexLedByTheFieldsItCompares() {
        // given the per-community purge of expired login links, as the store sends it
        org.bson.BsonDocument purge =
                org.bson.BsonDocument.parse("{$and: [{communityId: 'c'}, {expiresAt: {$lt: {$date: 0}}}]}");
        Shape shape =
                new Shape("login_links", "delete", QueryShapes.branches(purge).get(0));
        // then the index by community and member does not serve it, one by community and expiry does
        assertThat(IndexCoverage.servedBy(shape, List.of(List.of("_id"), List.of("communityId", "memberId"))))
                .isEmpty();
        assertThat(IndexCoverage.servedBy(shape, List.of(List.of("expiresAt", "communityId"))))
                .contains("expiresAt,communityId");
        assertThat(IndexCoverage.servedBy(shape, List.of(List.of("communityId", "expiresAt"))))
                .contains("communityId,expiresAt");
        // and an $or needs an index for each branch: one on the community field alone leaves the key branch to _id
        List<Shape> branches = QueryShapes.branches(
                        org.bson.BsonDocument.parse("{$or: [{communityId: 'c'}, {_id: 'c'}, {memberId: 'm'}]}"))
                .stream()
                .map(b -> new Shape("profiles", "find", b))
                .toList();
        assertThat(branches).hasSize(3);
        List<List<String>> byCommunity = List.of(List.of("_id"), List.of("communityId", "memberId"));
        assertThat(branches.stream().map(b -> IndexCoverage.servedBy(b, byCommunity)))
                .containsExactly(
                        java.util.Optional.of("communityId,memberId"),
                        java.util.Optional.of("_id"),
                        java.util.Optional.empty());
    }

    private static void afterTheTour(TestAtelier atelier, MutableClock clock) {
        MongoTemplate mongo = atelier.mongo();
        String c = SHOP.id();
        // the clock over two weeks: check-in prompts, reminders, missed check-ins, stalls, peer help
        for (int day = 0; day < 15; day++) {
            clock.advance(Duration.ofDays(1));
            atelier.services().clockRound().run();
            atelier.services().peerHelp().run();
            atelier.services().health().pairs(c, "spring");
        }
        // messages in a workspace and a question thread, counted once each
        ConversationStore conversations = MongoStores.create(mongo, clock).conversations();
        conversations.firstSighting(c, "m1");
        conversations.countMessage(c, 1, clock.instant());
        conversations.countInQuestion(c, 1);
        conversations.messages(c, 1);
        conversations.messagesByWeek(c, 1);
        conversations.messagesInQuestion(c, 1);
        conversations.lastMessageAt(c, 1);
        // a delivery key seen twice
        MongoDeliveries.create(mongo, clock).firstTime(c, "event-1", Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(2));
        MongoDeliveries.create(mongo, clock).firstTime(c, "event-1", Duration.ofMinutes(1));
        // a slash command through the inbox, answered, then purged
        CommandInbox inbox = MongoOperationsStores.create(mongo).inbox();
        Instant now = clock.instant();
        Caller alice = new Caller(SHOP, new Actor(new Member("alice", "alice"), false), null);
        inbox.accept(InboxCommand.line("k1", alice, "status", "reply:k1", now));
        LaneClaim claim = inbox.claim("one", now, Duration.ofMinutes(1)).orElseThrow();
        InboxEntry entry = inbox.next(claim).orElseThrow();
        inbox.applied(entry.command().key(), Message.privateReply(Text.of("ok")), now);
        inbox.answered(entry.command().key(), "reply", now);
        inbox.renew(claim, now.plusSeconds(30));
        inbox.release(claim, Instant.EPOCH);
        inbox.depth();
        inbox.purgeAnswered(now.plusSeconds(1));
        // the dashboard's reads of the pair and its cohort
        var dashboard = atelier.services().dashboard();
        dashboard.cohorts(c);
        dashboard.cohort(c, "spring");
        dashboard.internship(c, 1);
        dashboard.internshipsOfCohort(c, "spring");
        dashboard.questionsOf(c, 1);
        dashboard.checkin(c, 1);
        dashboard.answers(c, 1);
        dashboard.timezone(c, "alice");
        dashboard.mentorLoads(c);
        // an export, downloaded
        String link = run(atelier, "alice", "mydata");
        java.util.regex.Matcher token =
                java.util.regex.Pattern.compile("/mydata/([A-Za-z0-9_-]{43})").matcher(link);
        if (token.find()) {
            atelier.services().rights().downloads().redeem(token.group(1));
        }
        // retention: the daily pass, with a community that keeps its own number of days
        run(atelier, "mod", "community retention 30");
        clock.advance(Duration.ofDays(800));
        atelier.services().rights().retention().run();
        // an erasure
        run(atelier, "bob", "forget me revoke");
    }

    private static String run(TestAtelier atelier, String who, String line) {
        var reply = atelier.bot()
                .run(new Caller(SHOP, new Actor(new Member(who, who), who.equals("mod")), null), line)
                .reply();
        return reply == null ? "" : reply.text();
    }
}
