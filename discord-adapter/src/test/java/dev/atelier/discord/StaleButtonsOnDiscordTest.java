package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.core.command.Caller;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.testing.StaleCards;
import dev.atelier.core.testing.StaleCards.Press;
import dev.atelier.core.testing.StaleCards.Role;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every card with buttons on Discord, through the real JDA client and the stand-in: the core's stories
 * ({@link StaleCards}) deliver each card over the wire; once its state has moved on, its buttons pressed
 * anyway (in the channel or the DM they were posted in) get a private refusal, never a form, and nothing
 * is posted or edited.
 */
class StaleButtonsOnDiscordTest extends StandInFlowTest {

    static Stream<StaleCards.Card> cards() {
        return StaleCards.all().stream();
    }

    /** A word of a command line: quoted (group 1) or bare (group 2). */
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    /** A delivered button: the message it is on and its custom id. */
    record Held(String messageId, String customId) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void aStaleButtonIsRefusedPrivatelyAndChangesNothing(StaleCards.Card card) {
        // given the card was delivered over the wire and its state moved on
        List<Press> presses = card.story().apply(new StandInStage());

        for (Press press : presses) {
            // when its button is pressed anyway
            Held held = (Held) press.button();
            int posts = discord.calls("POST", "/channels/\\d+/messages").size();
            int edits = discord.calls("PATCH", "/channels/\\d+/messages/\\d+").size();
            Answer answer = answer(interactions.press(id(press.presser()), held.messageId(), held.customId()));

            // then only the presser is told why, without a form, and nothing was posted or edited
            DataObject callback = answer.callback();
            assertThat(callback.getInt("type"))
                    .as("%s opened a form", press.label())
                    .isNotEqualTo(9);
            assertThat(callback.getObject("data").getInt("flags", 0) & 64)
                    .as("%s answered privately", press.label())
                    .isEqualTo(64);
            assertThat(answer.text().toLowerCase(Locale.ROOT))
                    .as(press.label())
                    .contains(press.refusal())
                    .doesNotContain("exception", "something went wrong");
            assertThat(discord.calls("POST", "/channels/\\d+/messages"))
                    .as(press.label())
                    .hasSize(posts);
            assertThat(discord.calls("PATCH", "/channels/\\d+/messages/\\d+"))
                    .as(press.label())
                    .hasSize(edits);
        }
    }

    private static String id(Role role) {
        return switch (role) {
            case MODERATOR -> MODERATOR;
            case INTERN -> INTERN;
            case MENTOR -> MENTOR;
        };
    }

    /** The stand-in's server: commands run in the core as its members; cards are read off the wire. */
    private final class StandInStage implements StaleCards.Stage {

        private final CommunityRef server =
                new CommunityRef(Platform.DISCORD, DiscordStandIn.GUILD_ID, "Atelier test server");

        @Override
        public String as(Role who, String line) {
            Member member = new Member(
                    id(who), discord.members.get(id(who)).getObject("user").getString("username"));
            Caller caller =
                    new Caller(server, new Actor(member, who == Role.MODERATOR), DiscordStandIn.COHORT_CHANNEL_ID);
            return atelier.bot().run(caller, line).reply().plainText();
        }

        @Override
        public StaleCards.Answer privately(Role who, String line) {
            List<String> words = new ArrayList<>();
            Matcher word = WORD.matcher(line);
            while (word.find()) {
                words.add(word.group(1) != null ? word.group(1) : word.group(2));
            }
            List<CommandSpec> group = atelier.bot().catalog().byName().get(words.get(0));
            CommandSpec spec = group.get(0).subcommand() == null
                    ? group.get(0)
                    : group.stream()
                            .filter(c -> c.subcommand().equals(words.get(1)))
                            .findFirst()
                            .orElseThrow();
            List<String> values = words.subList(spec.subcommand() == null ? 1 : 2, words.size());
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                options.put(spec.options().get(i).name(), values.get(i));
            }
            Answer answer = answer(interactions.slash(
                    id(who), DiscordStandIn.COHORT_CHANNEL_ID, spec.name(), spec.subcommand(), options));
            DataObject reply = discord.messages.get(
                    discord.originals.get(answer.interaction().token()));
            assertThat(reply.getInt("flags", 0) & 64)
                    .as("%s answered privately", line)
                    .isEqualTo(64);
            Map<String, Object> buttons = new LinkedHashMap<>();
            buttons(reply).forEach((label, customId) -> buttons.put(label, new Held(reply.getString("id"), customId)));
            return new StaleCards.Answer(text(reply), buttons);
        }

        @Override
        public String mention(Role who) {
            return "<@" + id(who) + ">";
        }

        @Override
        public Object button(String label, Role seenBy) {
            AtomicReference<Held> held = new AtomicReference<>();
            await().atMost(PATIENCE).untilAsserted(() -> {
                DataObject latest = discord.messages.values().stream()
                        .filter(m -> !m.getString("channel_id").startsWith("7")
                                || m.getString("channel_id").equals("7" + id(seenBy)))
                        .filter(m -> buttons(m).containsKey(label))
                        .max(Comparator.comparingLong(m -> Long.parseLong(m.getString("id"))))
                        .orElse(null);
                assertThat(latest).as("a card with %s for %s", label, seenBy).isNotNull();
                held.set(new Held(latest.getString("id"), buttons(latest).get(label)));
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
