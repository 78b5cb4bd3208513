package dev.atelier.core.clock.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.clock.duework.Claimed;
import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.testing.OnePairFlowTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Check-ins as due work: crash takeover, the community's answer window, a changed time zone. */
class CheckinDueWorkTest extends OnePairFlowTest {

    DueWork work;

    @BeforeEach
    void start() {
        work = MongoStores.create(atelier.mongo()).dueWork();
    }

    @Test
    void aPromptClaimedByAnInstanceThatCrashedIsSentByAnotherOnceTheLeaseExpires() {
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        List<Claimed> crashed = claimEverythingDue("crashed-instance");
        assertThat(crashed).extracting(c -> c.item().kind()).contains(CheckinOccasions.PROMPT);
        assertThat(round().prompted()).isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(round().prompted()).isEqualTo(1);
        assertThat(round().prompted()).isZero();
        assertThat(prompts()).hasSize(1);
        work.done(crashed, clock.instant());
        assertThat(round().prompted())
                .as("the crashed instance's late finish changes nothing")
                .isZero();
        assertThat(prompts()).hasSize(1);
    }

    /** Claims what is due now, claim after claim (each claim takes one due minute's bucket), until none is left. */
    private List<Claimed> claimEverythingDue(String instance) {
        List<Claimed> all = new java.util.ArrayList<>();
        List<Claimed> batch;
        do {
            batch = work.claim(instance, clock.instant(), Duration.ofMinutes(2), 10);
            all.addAll(batch);
        } while (!batch.isEmpty());
        return all;
    }

    @Test
    void theAnswerWindowIsTheCommunitys() {
        as("mod", "community rhythm answer:48");
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        round();
        assertThat(prompts().get(0).message().markup()).contains("Answer within: 48 h");
        clock.advance(Duration.ofHours(47));
        assertThat(round().missed()).isZero();
        as("mod", "community rhythm answer:12");
        clock.advance(Duration.ofMinutes(1));
        assertThat(round().missed())
                .as("a shorter window applies to the open prompt")
                .isEqualTo(1);
        assertThat(as("alice", "checkin answer a b c 3").reply().text()).contains("was missed");
    }

    @Test
    void aChangedTimeZoneMovesTheNextPromptAtOnce() {
        assertThat(as("alice", "checkin schedule").reply().markup())
                .contains("Next: Mon 2026-11-30 10:00 (Europe/Paris)");
        as("alice", "profile set timezone:America/New_York");
        assertThat(as("alice", "checkin schedule").reply().markup())
                .as("it is 05:00 on Monday in New York")
                .contains("Next: Mon 2026-11-23 10:00 (America/New_York)");
        clock.set(Instant.parse("2026-11-23T14:59:00Z"));
        assertThat(round().prompted()).isZero();
        clock.set(Instant.parse("2026-11-23T15:00:00Z"));
        assertThat(round().prompted()).isEqualTo(1);
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(round().prompted()).as("nothing left at the old Paris time").isZero();
    }

    @Test
    void aCheckInStoredWithoutItsPromptItemGetsOneFromTheSweep() {
        for (String collection : List.of("due_work", "due_buckets", "due_segments")) {
            atelier.mongo().getCollection(collection).deleteMany(new Document());
        }
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(round().prompted())
                .as("the sweep plans it, the same round sends it")
                .isEqualTo(1);
        assertThat(round().prompted()).isZero();
        assertThat(prompts()).hasSize(1);
    }
}
