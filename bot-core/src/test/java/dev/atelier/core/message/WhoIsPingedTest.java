package dev.atelier.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.testing.OnePairFlowTest;
import dev.atelier.core.testing.RecordingPlatform;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every notice of a running internship pings the person who must act next and never the one who acted:
 * alice interns with bob; each step asserts on the members the notices it caused mention (what the adapters
 * turn into pings) and on the replies to the one who acted (which ping nobody).
 */
class WhoIsPingedTest extends OnePairFlowTest {

    @Test
    void aMilestoneTheMentorAddsPingsTheInternAndOneTheInternProposesPingsTheMentor() {
        assertThat(pingsOf(as("bob", "milestone add 1 \"Checkout page\""))).containsExactly("alice");
        assertThat(pingsOf(as("alice", "milestone propose 1 \"Write tests\""))).containsExactly("bob");
        assertThat(pingsOf(as("bob", "milestone confirm 2"))).containsExactly("alice");
    }

    @Test
    void aSubmissionPingsTheMentorAndItsReviewTheIntern() {
        as("bob", "milestone add 1 \"Checkout page\"");
        assertThat(pingsOf(as("alice", "submit 1 https://example.org/pr/1"))).containsExactly("bob");
        assertThat(pingsOf(as("bob", "review 1 changes \"add tests\""))).containsExactly("alice");
        assertThat(pingsOf(as("alice", "submit 1 https://example.org/pr/2"))).containsExactly("bob");
        assertThat(pingsOf(as("bob", "review 1 approve"))).containsExactly("alice");
    }

    @Test
    void aQuestionPingsTheMentorAndItsAnswerTheAsker() {
        // the card that starts the thread pings the mentor, once: no DM, no ping again inside the thread
        assertThat(pingsOf(as("alice", "ask \"Which card do I test with?\""))).isEmpty();
        assertThat(platform.threadPosts())
                .extracting(p -> p.message().mentionedMembers())
                .containsExactly(Set.of("bob"), Set.of());
        platform.clear();
        var thread = platform.threads().get(0);
        atelier.bot()
                .observe(
                        new ObservedMessage(SHOP, thread.channelId(), thread.threadId(), "m1", "bob", clock.instant()));
        List<RecordingPlatform.Edit> edits = platform.edits();
        assertThat(edits).isNotEmpty();
        assertThat(edits.get(edits.size() - 1).message().mentionedMembers()).containsExactly("alice");
        platform.clear();
        assertThat(pingsOf(as("alice", "resolve 1"))).doesNotContain("alice");
    }

    @Test
    void aCheckInPromptPingsTheInternAndAMissedOneTheMentor() {
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        round();
        Notification prompt = prompts().get(0);
        assertThat(pinged(prompt)).containsExactly("alice");
        platform.clear();
        clock.set(clock.instant().plus(Duration.ofDays(3)));
        round();
        assertThat(platform.sent())
                .filteredOn(n -> n.message().markup().contains("missed"))
                .singleElement()
                .satisfies(n -> assertThat(n.message().mentionedMembers()).containsExactly("bob"));
    }

    @Test
    void answeringACheckInPingsTheMentorOnlyAndItsCardNobody() {
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        round();
        platform.clear();
        Outcome answered = as("alice", "checkin answer \"cart page\" nothing \"payment form\" 4");
        assertThat(pingsOf(answered)).containsExactly("bob");
        assertThat(platform.edits())
                .allSatisfy(e -> assertThat(e.message().mentionedMembers()).isEmpty());
    }

    /** The members the outcome's notices ping; the reply to the one who acted pings nobody. */
    private Set<String> pingsOf(Outcome outcome) {
        assertThat(outcome.reply().text()).doesNotContain("⚠️", "❌");
        assertThat(outcome.reply().mentionedMembers())
                .as("reply to the one who acted")
                .isEmpty();
        Set<String> pinged = new LinkedHashSet<>();
        outcome.notifications().forEach(n -> pinged.addAll(pinged(n)));
        return pinged;
    }

    /** A DM reaches (and notifies) its recipient; a post pings the members it mentions. */
    private static Set<String> pinged(Notification n) {
        Set<String> pinged = new LinkedHashSet<>(n.message().mentionedMembers());
        if (n.to() instanceof Destination.Direct direct && !n.isEdit()) {
            pinged.add(direct.memberId());
        }
        return pinged;
    }
}
