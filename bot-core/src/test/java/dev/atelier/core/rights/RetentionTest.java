package dev.atelier.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.ObservedMessage;
import dev.atelier.core.testing.CoreFlowTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two pairs: #1 (alice, bob) completes on 2026-11-30 at 11:00; #2 (carol, dan) goes on and gets its
 * check-in of 2026-12-07. Both answered the check-in of 2026-11-30 10:00 and exchanged messages; the
 * community keeps records 30 days.
 */
class RetentionTest extends CoreFlowTest {

    Instant ended;

    @BeforeEach
    void twoPairs() {
        as("mod", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40");
        as("mod", "task add \"Cart tests\" \"Test the cart\" \"100 USD\" 10");
        as("mod", "internship start @alice @bob 1");
        as("mod", "internship start @carol @dan 2");
        observe(0, "m1", "alice");
        observe(1, "m2", "carol");
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(atelier.services().clockRound().run().prompted())
                .as("the weekly check-ins")
                .isEqualTo(2);
        assertThat(text("alice", "checkin answer \"cart\" none \"tests\" 4")).contains("Answered check-in");
        assertThat(text("carol", "checkin answer \"tests\" none \"more tests\" 3"))
                .contains("Answered check-in");
        clock.advance(Duration.ofHours(1));
        observe(0, "m3", "bob");
        as("bob", "milestone add 1 \"Checkout page\"");
        as("alice", "submit 1 https://github.com/shop/checkout/pull/3");
        as("bob", "review 1 approve");
        assertThat(text("bob", "internship complete 1 9 java good \"Well done\""))
                .contains("complete");
        ended = clock.instant();
        as("mod", "dashboard");
        clock.set(Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(atelier.services().clockRound().run().prompted())
                .as("#2 goes on")
                .isEqualTo(1);
        assertThat(text("mod", "community retention 30")).contains("keeps", "30 days");
    }

    @Test
    void retentionIsForModeratorsFrom30DaysAndDefaultsToAYear() {
        assertThat(text("alice", "community retention 90")).contains("Only moderators");
        assertThat(text("mod", "community retention 29")).contains("from 30 to 3650 days");
        assertThat(text("mod", "community retention")).contains("30 days");
        assertThat(text("mod", "community retention 365")).contains("365 days");
    }

    @Test
    void aMinuteBeforeTheCutoffOnlyExpiredLinksAndOlderDueItemsAndMessageIdsGo() {
        clock.set(ended.plus(Duration.ofDays(30)).minus(Duration.ofMinutes(1)));
        atelier.services().clockRound().run();
        Date cutoff = Date.from(clock.instant().minus(Duration.ofDays(30)));
        List<Object> oldDue = ids("due_work", new Document("done", true).append("doneAt", new Document("$lt", cutoff)));
        List<Object> newDue = ids(
                "due_work",
                new Document(
                        "$or",
                        List.of(new Document("done", false), new Document("doneAt", new Document("$gte", cutoff)))));
        List<Object> oldSeen = ids("seen_messages", new Document("seenAt", new Document("$lt", cutoff)));
        List<Object> newSeen = ids("seen_messages", new Document("seenAt", new Document("$gte", cutoff)));
        assertThat(oldDue).isNotEmpty();
        assertThat(newDue).isNotEmpty();
        assertThat(oldSeen).containsExactlyInAnyOrder(SHOP.id() + "/m1", SHOP.id() + "/m2");
        assertThat(newSeen).containsExactly(SHOP.id() + "/m3");

        RetentionStore.Purged purged = atelier.services().rights().retention().run();

        assertThat(ids("due_work", new Document())).containsExactlyInAnyOrderElementsOf(newDue);
        assertThat(ids("seen_messages", new Document())).containsExactlyInAnyOrderElementsOf(newSeen);
        assertThat(ids("login_links", new Document()))
                .as("expired ten minutes after it was issued")
                .isEmpty();
        assertThat(purged.dueItems()).isEqualTo(oldDue.size());
        assertThat(purged.seenMessages()).isEqualTo(2);
        assertThat(purged.links()).isEqualTo(1);
        assertThat(purged.checkinAnswers()).isZero();
        assertThat(internships("checkin_answers", "internship")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(internships("message_counts", "internshipNumber")).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void aMinuteAfterItTheEndedInternshipsAnswersAndCountsGoAndPayAndCredentialStay() {
        clock.set(ended.plus(Duration.ofDays(30)).plus(Duration.ofMinutes(1)));

        RetentionStore.Purged purged = atelier.services().rights().retention().run();

        assertThat(purged.checkinAnswers())
                .as("the answer and the check-in of #1")
                .isEqualTo(2);
        assertThat(internships("checkin_answers", "internship")).containsExactly(2L);
        assertThat(internships("checkins", "internship")).containsExactly(2L);
        assertThat(internships("message_counts", "internshipNumber")).containsExactly(2L);
        assertThat(text("alice", "internship statement 1")).contains("Statement of internship #1");
        assertThat(atelier.services().rights().retention().run().total())
                .as("nothing left to purge")
                .isZero();
    }

    void observe(int workspace, String messageId, String who) {
        String channel = "ws-" + platform.workspaces().get(workspace).name();
        assertThat(atelier.bot().observe(new ObservedMessage(SHOP, channel, messageId, who, clock.instant())))
                .isTrue();
    }

    String text(String who, String line) {
        return as(who, line).reply().markup();
    }

    List<Object> ids(String collection, Document filter) {
        List<Object> ids = new ArrayList<>();
        atelier.mongo().getCollection(collection).find(filter).forEach(d -> ids.add(d.get("_id")));
        return ids;
    }

    List<Long> internships(String collection, String field) {
        List<Long> numbers = new ArrayList<>();
        atelier.mongo().getCollection(collection).find().forEach(d -> numbers.add(((Number) d.get(field)).longValue()));
        return numbers;
    }
}
