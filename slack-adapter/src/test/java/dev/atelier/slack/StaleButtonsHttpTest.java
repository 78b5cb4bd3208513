package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.testing.ShiftedClock;
import dev.atelier.core.testing.StaleCards;
import dev.atelier.core.testing.StaleCards.Press;
import dev.atelier.core.testing.StaleCards.Role;
import dev.atelier.core.testing.TestAtelier;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every card with buttons on Slack, over HTTP with signed payloads: the core's stories ({@link StaleCards})
 * deliver each card through the Web API stand-in; once its state has moved on, its buttons pressed anyway
 * (in the channel or DM they were posted in) get an ephemeral refusal through the action's response_url,
 * never a form, and nothing is posted or updated. Each card has its own people.
 */
class StaleButtonsHttpTest extends SlackHttpTestBase {

    private static final AtomicInteger CASES = new AtomicInteger();

    /** Other classes read the shared fake's calls from the start. */
    @AfterAll
    static void clearTheRecordedCalls() {
        slack.reset();
    }

    @Autowired
    ShiftedClock coreClock;

    @Autowired
    TestAtelier atelier;

    static Stream<StaleCards.Card> cards() {
        return StaleCards.all().stream();
    }

    /** A delivered button: the channel of its message and its action id. */
    record Held(String channelId, String actionId) {}

    @AfterEach
    void backToRealTime() {
        coreClock.reset();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void aStaleButtonIsRefusedPrivatelyAndChangesNothing(StaleCards.Card card) {
        // given the card was delivered through the Web API and its state moved on
        HttpStage stage = new HttpStage(CASES.incrementAndGet());
        slack.admin(stage.id(Role.MODERATOR));
        List<Press> presses = card.story().apply(stage);

        for (Press press : presses) {
            // when its button is pressed anyway
            Held held = (Held) press.button();
            int posts = slack.calls("chat.postMessage").size();
            int updates = slack.calls("chat.update").size();
            int forms = slack.calls("views.open").size();
            String url = slack.responseUrl();
            requests()
                    .signed(SlackPayloads.blockActions(
                            stage.id(press.presser()),
                            "member",
                            held.channelId(),
                            held.actionId(),
                            press.label(),
                            url));

            // then only the presser is told why, without a form, and nothing was posted or updated
            FakeSlack.Call refused = responseTo(url);
            assertThat(refused.param("response_type")).as(press.label()).isEqualTo("ephemeral");
            assertThat(String.valueOf(refused.param("text")).toLowerCase(Locale.ROOT))
                    .as(press.label())
                    .contains(press.refusal())
                    .doesNotContain("exception", "something went wrong");
            assertThat(slack.calls("views.open")).as(press.label()).hasSize(forms);
            assertThat(slack.calls("chat.postMessage")).as(press.label()).hasSize(posts);
            assertThat(slack.calls("chat.update")).as(press.label()).hasSize(updates);
        }
    }

    /** The test workspace: commands run in the core as this card's own members; cards are read off the wire. */
    private final class HttpStage implements StaleCards.Stage {

        private final CommunityRef workspace =
                new CommunityRef(Platform.SLACK, FakeSlack.TEAM_ID, FakeSlack.TEAM_DOMAIN);
        private final int card;
        /** Cards of earlier tests are older than this many posts. */
        private final int since = slack.calls("chat.postMessage").size();

        HttpStage(int card) {
            this.card = card;
        }

        String id(Role role) {
            return "U0STALE" + card + role.name().charAt(0) + role.name().charAt(1);
        }

        @Override
        public String as(Role who, String line) {
            Caller caller = new Caller(
                    workspace, new Actor(new Member(id(who), "m" + id(who)), who == Role.MODERATOR), "C0STALE");
            return atelier.bot().run(caller, line).reply().plainText();
        }

        @Override
        public StaleCards.Answer privately(Role who, String line) {
            FakeSlack.Call answer = command(id(who), "m" + id(who), "C0STALE", line);
            assertThat(answer.param("response_type")).as(line).isEqualTo("ephemeral");
            Map<String, Object> buttons = new LinkedHashMap<>();
            buttons(answer.param("blocks"))
                    .forEach((label, actionId) -> buttons.put(label, new Held("C0STALE", actionId)));
            return new StaleCards.Answer(answer.param("blocks"), buttons);
        }

        @Override
        public String mention(Role who) {
            return "<@" + id(who) + ">";
        }

        @Override
        public Object button(String label, Role seenBy) {
            AtomicReference<Held> held = new AtomicReference<>();
            await().atMost(PATIENCE).untilAsserted(() -> {
                List<FakeSlack.Call> all = slack.calls("chat.postMessage");
                List<FakeSlack.Call> posts = all.subList(since, all.size()).stream()
                        .filter(c -> {
                            String channel = String.valueOf(c.param("channel"));
                            return !channel.startsWith("D") || channel.equals("D" + id(seenBy));
                        })
                        .filter(c -> buttons(c.param("blocks")).containsKey(label))
                        .toList();
                assertThat(posts).as("a card with %s for %s", label, seenBy).isNotEmpty();
                FakeSlack.Call latest = posts.get(posts.size() - 1);
                held.set(new Held(
                        latest.param("channel"), buttons(latest.param("blocks")).get(label)));
            });
            return held.get();
        }

        @Override
        public void checkinsDue() {
            coreClock.moveTo(DayOfWeek.MONDAY, LocalTime.of(10, 30));
            atelier.services().clockRound().run();
        }

        @Override
        public void daysPass(int days) {
            coreClock.advance(Duration.ofDays(days));
            atelier.services().clockRound().run();
        }
    }
}
