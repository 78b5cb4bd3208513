package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Text;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.testing.MutableClock;
import dev.atelier.core.workspace.WorkspaceRequest;
import dev.atelier.core.workspace.WorkspaceUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The outbound ports and the admin check against a fake Slack Web API, without Spring. */
class SlackPortsTest {

    static final CommunityRef TEAM = new CommunityRef(Platform.SLACK, FakeSlack.TEAM_ID, FakeSlack.TEAM_DOMAIN);
    static final Member IVY = new Member("U0IVY", "ivy");
    static final Member MILO = new Member("U0MILO", "milo");

    FakeSlack slack;
    Slack client;
    SlackCalls calls;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        client = Slack.getInstance(config);
        calls = new SlackCalls(client.methods("xoxb-test-token"));
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        slack.close();
    }

    @Test
    void aWorkspaceIsAPrivateChannelWithTopicAndThePairInvited() {
        // given
        slack.nameTaken("atelier-1-ivy").nameTaken("atelier-1-ivy-2");

        // when
        String channel = new SlackWorkspaceProvisioner(calls)
                .create(
                        TEAM,
                        new WorkspaceRequest(
                                "Atelier 1 Ivy!", "Internship #1: Shop <!channel>", IVY, MILO, List.of("U0MOD"), null));

        // then
        assertThat(channel).isEqualTo("C0PRIV1");
        assertThat(slack.calls("conversations.create"))
                .extracting(c -> c.param("name"))
                .containsExactly("atelier-1-ivy", "atelier-1-ivy-2", "atelier-1-ivy-3");
        assertThat(slack.calls("conversations.create"))
                .allSatisfy(c -> assertThat(c.param("is_private")).isIn("1", "true"));
        assertThat(slack.calls("conversations.setTopic"))
                .singleElement()
                .satisfies(c -> assertThat(c.param("topic")).isEqualTo("Internship #1: Shop <\u200B!channel>"));
        assertThat(slack.calls("conversations.invite"))
                .extracting(c -> c.param("users"))
                .containsExactly("U0IVY", "U0MILO", "U0MOD");
    }

    @Test
    void aMissingScopeIsExplainedInWordsAModeratorCanActOn() {
        // given
        slack.failing("conversations.create", "missing_scope");

        // when / then
        assertThatThrownBy(() -> new SlackWorkspaceProvisioner(calls)
                        .create(TEAM, new WorkspaceRequest("atelier-2-ivy", "topic", IVY, MILO, List.of(), null)))
                .isInstanceOf(WorkspaceUnavailableException.class)
                .hasMessageContaining("`groups:write`")
                .hasMessageContaining("reinstall the app");
    }

    @Test
    void channelNamesFitSlackRules() {
        assertThat(ChannelNames.of("Atelier--1  Zoë's")).isEqualTo("atelier-1-zo-s");
        assertThat(ChannelNames.of("x".repeat(100))).hasSize(80);
        assertThat(ChannelNames.withSuffix("x".repeat(80), 12)).hasSize(80).endsWith("-12");
    }

    @Test
    void aNotificationGoesToItsChannelOrAsADirectMessage() {
        // given
        SlackNotifier notifier = new SlackNotifier(new Messenger(calls), new SlackThreads(calls));

        // when
        notifier.send(
                TEAM, Notification.to(Destination.channel("C0WORK"), Message.publicReply(Text.of("hello <!here>"))));
        notifier.send(TEAM, Notification.to(Destination.direct("U0IVY"), Message.publicReply(Text.of("psst"))));

        // then
        assertThat(slack.calls("chat.postMessage"))
                .extracting(c -> c.param("channel"), c -> c.param("text"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("C0WORK", "hello &lt;!here&gt;"),
                        org.assertj.core.groups.Tuple.tuple("DU0IVY", "psst"));
        assertThat(slack.calls("conversations.open"))
                .singleElement()
                .satisfies(c -> assertThat(c.param("users")).isEqualTo("U0IVY"));
    }

    @Test
    void aFailedNotificationFallsBackAndNeverThrows() {
        // given
        slack.unreachable("C0GONE");
        SlackNotifier notifier = new SlackNotifier(new Messenger(calls), new SlackThreads(calls));

        // when
        notifier.send(
                TEAM,
                Notification.to(
                        Destination.channel("C0GONE"),
                        Destination.direct("U0MILO"),
                        Message.publicReply(Text.of("to the gone channel"))));
        slack.failing("conversations.open", "cannot_dm_bot");
        notifier.send(
                TEAM,
                Notification.to(
                        Destination.direct("U0BOT"),
                        Destination.channel("C0GONE"),
                        Message.publicReply(Text.of("nowhere to go"))));

        // then
        assertThat(slack.calls("chat.postMessage"))
                .extracting(c -> c.param("channel"))
                .containsExactly("C0GONE", "DU0MILO", "C0GONE");
    }

    @Test
    void aRateLimitedCallIsRetriedAfterRetryAfter() {
        // given
        slack.rateLimit("chat.postMessage", 1);

        // when
        new Messenger(calls).post("C0BUSY", Message.publicReply(Text.of("eventually")));

        // then
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void healthIsUpWithTheWorkspaceOrDownWithSlacksError() {
        // given
        SlackHealth up = new SlackHealth(calls, null, Clock.systemUTC());
        SlackHealth down = new SlackHealth(calls, null, Clock.systemUTC());

        // when
        Health healthy = up.health();
        slack.failing("auth.test", "invalid_auth");
        Health broken = down.health();
        Health cached = up.health();

        // then
        assertThat(healthy.getStatus()).isEqualTo(Status.UP);
        assertThat(healthy.getDetails())
                .containsEntry("teamId", FakeSlack.TEAM_ID)
                .containsEntry("mode", "http");
        assertThat(broken.getStatus()).isEqualTo(Status.DOWN);
        assertThat(broken.getDetails().get("error").toString()).contains("invalid_auth");
        assertThat(cached.getStatus()).isEqualTo(Status.UP);
        assertThat(slack.calls("auth.test")).hasSize(2);
    }

    @Test
    void workspaceAdminsAndOwnersAreModeratorsAndTheAnswerIsCached() {
        // given
        slack.admin("U0BOSS");
        WorkspaceAdmins admins = new WorkspaceAdmins(calls, Clock.systemUTC());

        // when
        boolean boss = admins.isAdmin(FakeSlack.TEAM_ID, "U0BOSS");
        boolean bossAgain = admins.isAdmin(FakeSlack.TEAM_ID, "U0BOSS");
        boolean member = admins.isAdmin(FakeSlack.TEAM_ID, "U0IVY");

        // then
        assertThat(boss).isTrue();
        assertThat(bossAgain).isTrue();
        assertThat(member).isFalse();
        assertThat(slack.calls("users.info")).extracting(c -> c.param("user")).containsExactly("U0BOSS", "U0IVY");
    }

    @Test
    void anOrgWideInstallKeepsTheSameMemberApartInEachWorkspace() {
        // given U0GRID is an admin of the test workspace, and appears in a second workspace of the organisation
        slack.admin("U0GRID");
        WorkspaceAdmins admins = new WorkspaceAdmins(calls, Clock.systemUTC());

        // when asked in each workspace, in both orders
        boolean home = admins.isAdmin(FakeSlack.TEAM_ID, "U0GRID");
        boolean elsewhere = admins.isAdmin("T0OTHERWS", "U0GRID");
        boolean homeAgain = admins.isAdmin(FakeSlack.TEAM_ID, "U0GRID");
        boolean elsewhereAgain = admins.isAdmin("T0OTHERWS", "U0GRID");

        // then each workspace has its own answer, looked up once and cached for that workspace only
        assertThat(home).isTrue();
        assertThat(homeAgain).isTrue();
        assertThat(elsewhere).isFalse();
        assertThat(elsewhereAgain).isFalse();
        assertThat(slack.calls("users.info"))
                .filteredOn(c -> "U0GRID".equals(c.param("user")))
                .hasSize(2);
    }

    @Test
    void theAppItselfSlackbotAndOtherBotsAreBots() {
        // given
        slack.bot("U0OTHERBOT");
        WorkspaceAdmins members = new WorkspaceAdmins(calls, Clock.systemUTC());

        // then
        assertThat(members.isBot(FakeSlack.TEAM_ID, FakeSlack.BOT_USER)).isTrue();
        assertThat(members.isBot(FakeSlack.TEAM_ID, "USLACKBOT")).isTrue();
        assertThat(members.isBot(FakeSlack.TEAM_ID, "U0OTHERBOT")).isTrue();
        assertThat(members.isBot(FakeSlack.TEAM_ID, "U0PERSON")).isFalse();
    }

    @Test
    void theCacheIsBoundedAndForgets() {
        // given
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        ExpiringCache<String, Boolean> cache = new ExpiringCache<>(clock, Duration.ofMinutes(5), 3);

        // when
        IntStream.range(0, 10).forEach(i -> cache.put("k" + i, true));
        clock.advance(Duration.ofMinutes(4));
        boolean recent = cache.get("k9").isPresent();
        clock.advance(Duration.ofMinutes(2));

        // then
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.get("k0")).isEmpty();
        assertThat(recent).isTrue();
        assertThat(cache.get("k9")).isEmpty();
    }

    @Test
    void aQuestionThreadIsTheBotsMessageAndALostParentOrAMissingChannelIsReported() {
        // given
        SlackNotifier threads = new SlackNotifier(new Messenger(calls), new SlackThreads(calls));

        // when
        ThreadRef thread = threads.open(
                TEAM,
                "C0WORK",
                "Q1 · tests",
                Message.publicReply(Text.of("Q1 card")),
                Message.publicReply(
                        Text.builder().member("U0MILO").plain(", answer here").build()));
        boolean posted = threads.post(TEAM, thread, Message.publicReply(Text.of("resolved")));
        slack.failing("chat.postMessage", "thread_not_found");
        boolean lost = threads.post(TEAM, thread, Message.publicReply(Text.of("reopened")));
        slack.failing("chat.postMessage", "not_in_channel");

        // then
        assertThat(thread.channelId()).isEqualTo("C0WORK");
        assertThat(thread.link())
                .isEqualTo("https://" + FakeSlack.TEAM_DOMAIN + ".slack.com/archives/C0WORK/p"
                        + thread.threadId().replace(".", ""));
        assertThat(slack.calls("chat.postMessage"))
                .extracting(c -> c.param("thread_ts"))
                .containsExactly(null, thread.threadId(), thread.threadId(), thread.threadId());
        assertThat(posted).isTrue();
        assertThat(lost).isFalse();
        assertThatThrownBy(() -> threads.post(TEAM, thread, Message.publicReply(Text.of("again"))))
                .isInstanceOf(WorkspaceUnavailableException.class)
                .hasMessageContaining("/invite @Atelier");
        assertThatThrownBy(() -> threads.open(TEAM, "C0WORK", "Q2", Message.publicReply(Text.of("Q2 card")), null))
                .isInstanceOf(WorkspaceUnavailableException.class);
    }
}
