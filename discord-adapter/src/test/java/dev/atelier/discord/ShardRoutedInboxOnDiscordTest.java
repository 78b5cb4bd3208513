package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.atelier.core.command.Caller;
import dev.atelier.core.command.CommandMetrics;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.inbox.CommandInbox;
import dev.atelier.core.inbox.InboxCommand;
import dev.atelier.core.inbox.InboxEngine;
import dev.atelier.core.inbox.InboxSettings;
import dev.atelier.core.store.MongoOperationsStores;
import dev.atelier.core.workspace.ApiMetrics;
import dev.atelier.core.workspace.Outbound;
import dev.atelier.core.workspace.WorkspaceRequest;
import dev.atelier.core.workspace.WorkspaceUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two instances share one bot's guilds and one store: this test's connection holds shard 0 of 2, a second one
 * shard 1. A slash command stored for a guild of shard 1 is left by the first instance's inbox workers (not run,
 * not answered, its lane given back) and run and answered by the second; a workspace for that guild is created
 * only through the instance that holds its shard, the other one refusing with a reason to try again.
 */
class ShardRoutedInboxOnDiscordTest extends TwoShardsFlowTest {

    static final CommunityRef SECOND = new CommunityRef(Platform.DISCORD, ShardsOnDiscordTest.SECOND_GUILD, "Second");

    @Test
    void aStoredCommandAndAWorkspaceOfAGuildOnAnotherInstancesShardAreLeftToThatInstance() {
        // given a second instance of the same bot on shard 1 of 2, sharing the store
        DiscordConnection second = startSecondInstance();
        try {
            await().atMost(PATIENCE)
                    .until(() -> second.jda()
                            .map(held -> ShardLookup.guild(held, ShardsOnDiscordTest.SECOND_GUILD) != null)
                            .orElse(false));
            CommandInbox inbox = MongoOperationsStores.create(atelier.mongo()).inbox();
            Instant now = Instant.now();
            discord.interactionChannels.put("token-1", ShardsOnDiscordTest.SECOND_CHANNEL);
            // and a moderator's /cohort list in the guild on shard 1, stored by the instance that received it
            Caller moderator = new Caller(SECOND, new Actor(new Member(MODERATOR, "Mod"), true), null);
            assertThat(inbox.accept(InboxCommand.line("interaction-1", moderator, "cohort list", "token-1", now)))
                    .isTrue();

            // when the first instance's inbox workers look
            InboxEngine first = engine(inbox, connection(), Clock.fixed(now, ZoneOffset.UTC));
            assertThat(first.drain()).isEqualTo(1);

            // then they left it: not run, not answered, still waiting
            assertThat(inbox.depth()).isEqualTo(1);
            assertThat(discord.calls("PATCH", "/webhooks/900/token-1/messages/@original"))
                    .isEmpty();
            assertThat(first.drain()).as("its lane is given back for a moment").isZero();

            // when the second instance's workers look, once the lane is free again
            InboxEngine holder = engine(inbox, second, Clock.fixed(now.plusSeconds(5), ZoneOffset.UTC));
            assertThat(holder.drain()).isEqualTo(1);

            // then the second instance ran it and answered through the interaction
            assertThat(inbox.depth()).isZero();
            assertThat(discord.calls("PATCH", "/webhooks/900/token-1/messages/@original"))
                    .hasSize(1);

            // when each instance is asked to create a workspace in that guild
            WorkspaceRequest request = new WorkspaceRequest(
                    "atelier-1-ada",
                    "Internship #1",
                    new Member(INTERN, "Ada"),
                    new Member(MENTOR, "Grace"),
                    List.of(),
                    null);
            // then the first refuses with a reason to try again, and creates nothing
            assertThatThrownBy(() -> new DiscordWorkspaceProvisioner(connection()::jda, null).create(SECOND, request))
                    .isInstanceOf(WorkspaceUnavailableException.class)
                    .hasMessage(ShardLookup.ELSEWHERE);
            assertThat(discord.calls("POST", "/guilds/" + ShardsOnDiscordTest.SECOND_GUILD + "/channels"))
                    .isEmpty();
            // and the second, which holds the guild's shard, creates it there
            String channel = new DiscordWorkspaceProvisioner(second::jda, null).create(SECOND, request);
            assertThat(channel).isNotBlank();
            assertThat(discord.calls("POST", "/guilds/" + ShardsOnDiscordTest.SECOND_GUILD + "/channels"))
                    .hasSize(1);
        } finally {
            second.stop();
        }
    }

    private InboxEngine engine(CommandInbox inbox, DiscordConnection connection, Clock clock) {
        return new InboxEngine(
                inbox,
                atelier.bot(),
                List.of(new DiscordReplies(connection::jda, ApiMetrics.NONE)),
                new Outbound(List.of(), List.of()),
                clock,
                InboxSettings.defaults(),
                CommandMetrics.NONE);
    }
}
