package dev.atelier.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.message.ObservedMessage;
import dev.atelier.core.testing.CoreFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ObserveMessageTest extends CoreFlowTest {

    static final String WORKSPACE = "ws-atelier-1-alice";

    @BeforeEach
    void start() {
        as("mod", "task add \"Shop checkout\" \"Add a checkout\"");
        assertThat(as("mod", "internship start @alice @bob 1").reply().text()).contains("<#" + WORKSPACE + ">");
    }

    boolean observe(CommunityRef community, String channel, String messageId) {
        return atelier.bot().observe(new ObservedMessage(community, channel, messageId, "alice", clock.instant()));
    }

    @Test
    void messagesInTheWorkspaceAreCountedOnceEachAndShownInStatus() {
        assertThat(observe(SHOP, WORKSPACE, "m1")).isTrue();
        assertThat(observe(SHOP, WORKSPACE, "m1")).isFalse();
        assertThat(observe(SHOP, WORKSPACE, "m2")).isTrue();
        assertThat(observe(SHOP, "general", "m3")).isFalse();

        assertThat(as("alice", "status").reply().text()).contains("💬 2 messages exchanged");
        assertThat(as("mod", "status").reply().text()).contains("💬 2 messages exchanged");
    }

    @Test
    void anotherCommunityNeitherCountsIntoThisOneNorIsBlockedByItsIds() {
        assertThat(observe(SHOP, WORKSPACE, "m1")).isTrue();
        assertThat(observe(OTHER, WORKSPACE, "m2")).isFalse();
        assertThat(as("alice", "status").reply().text()).contains("💬 1 message exchanged");
    }

    @Test
    void anInternshipWithoutMessagesShowsNoCount() {
        assertThat(as("alice", "status").reply().text()).doesNotContain("💬");
    }

    @Test
    void messagesAreAlsoCountedByWeekStartingMonday() {
        observe(SHOP, WORKSPACE, "m1");
        clock.advance(java.time.Duration.ofDays(7));
        observe(SHOP, WORKSPACE, "m2");
        observe(SHOP, WORKSPACE, "m3");

        assertThat(atelier.services().dashboard().messagesByWeek(SHOP.id(), 1))
                .containsExactly(
                        java.util.Map.entry(java.time.LocalDate.parse("2026-11-23"), 1L),
                        java.util.Map.entry(java.time.LocalDate.parse("2026-11-30"), 2L));
        assertThat(atelier.services().dashboard().messagesByWeek(OTHER.id(), 1)).isEmpty();
    }
}
