package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import java.util.Map;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.modals.Modal;
import org.junit.jupiter.api.Test;

class ButtonAndModalTest {

    private final TinyBot tiny = new TinyBot();
    private final Callers callers = new Callers(null);
    private final ButtonPresses buttons = new ButtonPresses(() -> tiny.bot, callers, Runnable::run);
    private final ModalSubmissions modals = new ModalSubmissions(() -> tiny.bot, callers, Runnable::run);
    private final Guild guild = DiscordMocks.guild();
    private final Member mentor = DiscordMocks.member("50", "Mo", false);
    private final RecordingHook hook = new RecordingHook();
    private final DiscordMocks.Direct direct = new DiscordMocks.Direct();

    @Test
    void buttonAskingForOptionsShowsModalAtOnceWithoutDeferring() {
        // given the "Request changes" button, which asks for feedback
        String id = Button.asking("Request changes", ButtonStyle.DANGER, "review 3 changes", "feedback")
                .actionId();

        // when
        buttons.handle(DiscordMocks.button(guild, mentor, hook, direct, id));

        // then a modal with a paragraph input named after the option is shown, and nothing ran yet
        assertThat(direct.defers).isZero();
        assertThat(direct.modals).hasSize(1);
        Modal modal = direct.modals.get(0);
        assertThat(modal.getId()).isEqualTo("m|review 3 changes");
        assertThat(modal.getTitle()).hasSizeLessThanOrEqualTo(45);
        Label label = modal.getComponents().get(0).asLabel();
        TextInput input = (TextInput) label.getChild();
        assertThat(input.getCustomId()).isEqualTo("feedback");
        assertThat(input.getStyle()).isEqualTo(TextInputStyle.PARAGRAPH);
        assertThat(input.isRequired()).isFalse();
        assertThat(input.getMaxLength()).isEqualTo(3000);
        assertThat(tiny.ran).isEmpty();
    }

    @Test
    void modalSubmissionRunsTheCommandWithTheTypedValues() {
        // when the mentor submits the feedback form
        modals.handle(DiscordMocks.modal(
                guild, mentor, hook, direct, "m|review 3 changes", Map.of("feedback", "Please add tests")));

        // then
        assertThat(direct.deferEphemeral).containsExactly(true);
        assertThat(tiny.ran).containsExactly("review 3 changes Please add tests");
        assertThat(hook.lastPrivateReply()).isEqualTo("Review saved.");
    }

    @Test
    void plainButtonIsDeferredThenPressed() {
        String id =
                Button.of("Approve", ButtonStyle.SUCCESS, "review 3 approve").actionId();

        buttons.handle(DiscordMocks.button(guild, mentor, hook, direct, id));

        assertThat(direct.deferEphemeral).containsExactly(true);
        assertThat(tiny.ran).containsExactly("review 3 approve -");
        assertThat(hook.lastPrivateReply()).isEqualTo("Review saved.");
    }

    @Test
    void unknownButtonIsAnsweredPrivately() {
        buttons.handle(DiscordMocks.button(guild, mentor, hook, direct, "someone-elses-button"));

        assertThat(direct.replies).containsExactly(ButtonPresses.UNKNOWN);
        assertThat(direct.ephemeral).containsExactly(true);
        assertThat(direct.defers).isZero();
    }

    @Test
    void buttonInDirectMessagesIsRefused() {
        buttons.handle(DiscordMocks.button(null, null, hook, direct, "a||status"));

        assertThat(direct.replies).containsExactly(Callers.SERVER_ONLY);
    }
}
