package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.lenient;

import dev.atelier.core.delivery.Deliveries;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.store.MongoDeliveries;
import dev.atelier.core.testing.TestAtelier;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A button press or form submission delivered twice (same interaction id) acts once. */
class OncePerInteractionTest {

    private final TestAtelier atelier = TestAtelier.start(List.of(), List.of());
    private final Deliveries deliveries = MongoDeliveries.create(atelier.mongo(), Clock.systemUTC());
    private final TinyBot tiny = new TinyBot();
    private final DiscordListener listener =
            DiscordListener.create(() -> tiny.bot, null, Runnable::run, () -> deliveries);
    private final Guild guild = DiscordMocks.guild();
    private final Member mentor = DiscordMocks.member("50", "Mo", false);
    private final DiscordMocks.Direct direct = new DiscordMocks.Direct();

    @AfterEach
    void stop() {
        atelier.close();
    }

    @Test
    void aFormSubmissionDeliveredTwiceRunsOnce() {
        // given one submission, delivered twice
        ModalInteractionEvent submission = DiscordMocks.modal(
                guild,
                mentor,
                new RecordingHook(),
                direct,
                "m|review 3 changes",
                Map.of("feedback", "Please add tests"));
        lenient().when(submission.getId()).thenReturn("1300000000000000001");

        // when
        listener.onModalInteraction(submission);
        listener.onModalInteraction(submission);

        // then
        assertThat(tiny.ran).containsExactly("review 3 changes Please add tests");
    }

    @Test
    void aButtonPressDeliveredTwiceRunsOnceButTwoPressesRunTwice() {
        // given
        String id =
                Button.of("Approve", ButtonStyle.SUCCESS, "review 3 approve").actionId();
        ButtonInteractionEvent press = DiscordMocks.button(guild, mentor, new RecordingHook(), direct, id);
        lenient().when(press.getId()).thenReturn("1300000000000000002");
        ButtonInteractionEvent nextPress = DiscordMocks.button(guild, mentor, new RecordingHook(), direct, id);
        lenient().when(nextPress.getId()).thenReturn("1300000000000000003");

        // when
        listener.onButtonInteraction(press);
        listener.onButtonInteraction(press);
        listener.onButtonInteraction(nextPress);

        // then
        assertThat(tiny.ran).containsExactly("review 3 approve -", "review 3 approve -");
    }
}
