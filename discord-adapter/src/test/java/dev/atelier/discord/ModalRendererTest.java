package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Modal;
import dev.atelier.core.message.TextInput;
import java.util.List;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import org.junit.jupiter.api.Test;

class ModalRendererTest {

    @Test
    void inputsAreLabelledTextInputsWithinDiscordLimits() {
        // given a modal with a long title, a short and a long input
        Modal modal = Modal.forCommand(
                "submit 3",
                "Submit milestone three of the internship now please",
                List.of(
                        new TextInput("url", "Link to your work", "https://...", false, true, 500),
                        new TextInput("note", "A note for your mentor", null, true, false, 9000)));

        // when
        net.dv8tion.jda.api.modals.Modal rendered = ModalRenderer.render(modal).orElseThrow();

        // then
        assertThat(rendered.getId()).isEqualTo("m|submit 3");
        assertThat(rendered.getTitle()).hasSize(45);
        assertThat(rendered.getComponents()).hasSize(2);
        var url = (net.dv8tion.jda.api.components.textinput.TextInput)
                rendered.getComponents().get(0).asLabel().getChild();
        assertThat(rendered.getComponents().get(0).asLabel().getLabel()).isEqualTo("Link to your work");
        assertThat(url.getCustomId()).isEqualTo("url");
        assertThat(url.getStyle()).isEqualTo(TextInputStyle.SHORT);
        assertThat(url.isRequired()).isTrue();
        assertThat(url.getMaxLength()).isEqualTo(500);
        assertThat(url.getPlaceHolder()).isEqualTo("https://...");
        var note = (net.dv8tion.jda.api.components.textinput.TextInput)
                rendered.getComponents().get(1).asLabel().getChild();
        assertThat(note.getStyle()).isEqualTo(TextInputStyle.PARAGRAPH);
        assertThat(note.isRequired()).isFalse();
        assertThat(note.getMaxLength()).isEqualTo(4000);
    }

    @Test
    void modalWithoutInputsCannotBeShown() {
        assertThat(ModalRenderer.render(Modal.forCommand("x", "X", List.of()))).isEmpty();
    }
}
