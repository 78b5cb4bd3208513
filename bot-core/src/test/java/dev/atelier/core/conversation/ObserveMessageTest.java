package dev.atelier.core.conversation;

import dev.atelier.core.message.ObservedMessage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.community.CommunityRef;
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
    void messages_in_the_workspace_are_counted_once_each_and_shown_in_status() {
        assertThat(observe(SHOP, WORKSPACE, "m1")).isTrue();
        assertThat(observe(SHOP, WORKSPACE, "m1")).isFalse();
        assertThat(observe(SHOP, WORKSPACE, "m2")).isTrue();
        assertThat(observe(SHOP, "general", "m3")).isFalse();

        assertThat(as("alice", "status").reply().text()).contains("💬 2 message(s) exchanged");
        assertThat(as("mod", "status").reply().text()).contains("💬 2 message(s) exchanged");
    }

    @Test
    void another_community_neither_counts_into_this_one_nor_is_blocked_by_its_ids() {
        assertThat(observe(SHOP, WORKSPACE, "m1")).isTrue();
        assertThat(observe(OTHER, WORKSPACE, "m2")).isFalse();
        assertThat(as("alice", "status").reply().text()).contains("💬 1 message(s)");
    }

    @Test
    void an_internship_without_messages_shows_no_count() {
        assertThat(as("alice", "status").reply().text()).doesNotContain("💬");
    }

    @Test
    void messages_are_also_counted_by_week_starting_monday() {
        observe(SHOP, WORKSPACE, "m1");
        clock.advance(java.time.Duration.ofDays(7));
        observe(SHOP, WORKSPACE, "m2");
        observe(SHOP, WORKSPACE, "m3");

        assertThat(atelier.services().dashboard().conversations().messagesByWeek(SHOP.id(), 1)).containsExactly(
                java.util.Map.entry(java.time.LocalDate.parse("2026-11-23"), 1L),
                java.util.Map.entry(java.time.LocalDate.parse("2026-11-30"), 2L));
        assertThat(atelier.services().dashboard().conversations().messagesByWeek(OTHER.id(), 1)).isEmpty();
    }
}
