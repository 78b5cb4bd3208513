package dev.atelier.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.testing.CoreFlowTest;
import dev.atelier.core.testing.StaleCards;
import dev.atelier.core.testing.StaleCards.Press;
import dev.atelier.core.testing.StaleCards.Role;
import dev.atelier.core.testing.StoreSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every card with buttons, on the console's recording platform: once its state has moved on, each of its
 * buttons pressed anyway gets a clear private refusal (no form, no stack trace) and changes nothing: no
 * document, no post, no edit.
 */
class StaleButtonsTest extends CoreFlowTest {

    static Stream<StaleCards.Card> cards() {
        return StaleCards.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void aStaleButtonIsRefusedPrivatelyAndChangesNothing(StaleCards.Card card) {
        // given the card was sent and its state moved on
        List<Press> presses = card.story().apply(new ConsoleStage());
        assertThat(presses).isNotEmpty();

        for (Press press : presses) {
            // when its button is pressed anyway
            int sent = platform.sent().size();
            int edits = platform.edits().size();
            int threadPosts = platform.threadPosts().size();
            Map<String, List<String>> before = StoreSnapshot.of(atelier.mongo());
            Outcome outcome = atelier.bot().press(caller(who(press.presser())), ((Button) press.button()).actionId());

            // then the presser alone is told why, and nothing changed
            assertThat(outcome.isModal()).as("%s opened a form", press.label()).isFalse();
            assertThat(outcome.reply().ephemeral()).as(press.label()).isTrue();
            assertThat(outcome.reply().plainText().toLowerCase(Locale.ROOT))
                    .as(press.label())
                    .contains(press.refusal())
                    .doesNotContain("exception", "something went wrong");
            assertThat(outcome.notifications()).as(press.label()).isEmpty();
            assertThat(platform.sent()).as(press.label()).hasSize(sent);
            assertThat(platform.edits()).as(press.label()).hasSize(edits);
            assertThat(platform.threadPosts()).as(press.label()).hasSize(threadPosts);
            assertThat(StoreSnapshot.changes(before, StoreSnapshot.of(atelier.mongo())))
                    .as(press.label())
                    .isEmpty();
        }
    }

    private static String who(Role role) {
        return switch (role) {
            case MODERATOR -> "mod";
            case INTERN -> "alice";
            case MENTOR -> "bob";
        };
    }

    /** The console: members by name, cards as the core sent them (posts and thread starts). */
    private final class ConsoleStage implements StaleCards.Stage {

        @Override
        public String as(Role who, String line) {
            Outcome outcome = atelier.bot().run(caller(who(who)), line);
            return outcome.reply().plainText();
        }

        @Override
        public StaleCards.Answer privately(Role who, String line) {
            Message reply = atelier.bot().run(caller(who(who)), line).reply();
            assertThat(reply.ephemeral()).as(line).isTrue();
            Map<String, Object> buttons = new LinkedHashMap<>();
            reply.buttons().forEach(b -> buttons.put(b.label(), b));
            return new StaleCards.Answer(reply.plainText(), buttons);
        }

        @Override
        public String mention(Role who) {
            return "@" + who(who);
        }

        @Override
        public Object button(String label, Role seenBy) {
            List<Message> delivered = new ArrayList<>();
            platform.sent().stream()
                    .filter(n -> !(n.to() instanceof Destination.Direct d)
                            || d.memberId().equals(who(seenBy)))
                    .forEach(n -> delivered.add(n.message()));
            platform.threadPosts().forEach(p -> delivered.add(p.message()));
            for (int i = delivered.size() - 1; i >= 0; i--) {
                for (Button b : delivered.get(i).buttons()) {
                    if (b.label().equals(label)) {
                        return b;
                    }
                }
            }
            throw new AssertionError("no card with " + label + " for " + seenBy);
        }

        @Override
        public void checkinsDue() {
            clock.set(MONDAY_10_UTC.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(30)));
            atelier.services().clockRound().run();
        }

        @Override
        public void daysPass(int days) {
            clock.advance(Duration.ofDays(days));
            atelier.services().clockRound().run();
        }
    }
}
