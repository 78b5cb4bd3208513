package dev.atelier.discord;

import dev.atelier.core.message.TextInput;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.SelectMenu;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/**
 * A core {@link dev.atelier.core.message.Modal} as a Discord modal: each input a {@code Label}
 * around a text input named after its command option, paragraph style when multiline. Empty when
 * Discord cannot show it (id over 100 characters, no inputs).
 */
final class ModalRenderer {

    private ModalRenderer() {}

    static Optional<Modal> render(dev.atelier.core.message.Modal modal) {
        if (modal.id().length() > Modal.MAX_ID_LENGTH || modal.inputs().isEmpty()) {
            return Optional.empty();
        }
        Modal.Builder builder =
                Modal.create(modal.id(), Text.truncate(Text.orElse(modal.title(), "Atelier"), Modal.MAX_TITLE_LENGTH));
        modal.inputs().stream()
                .limit(Modal.MAX_COMPONENTS)
                .map(ModalRenderer::label)
                .forEach(builder::addComponents);
        return Optional.of(builder.build());
    }

    private static Label label(TextInput input) {
        if (input.isMenu()) {
            return menu(input);
        }
        net.dv8tion.jda.api.components.textinput.TextInput.Builder field =
                net.dv8tion.jda.api.components.textinput.TextInput.create(
                                input.name(), input.multiline() ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
                        .setRequired(input.required());
        if (input.maxLength() > 0) {
            field.setMaxLength(
                    Math.min(input.maxLength(), net.dv8tion.jda.api.components.textinput.TextInput.MAX_VALUE_LENGTH));
        }
        if (input.placeholder() != null && !input.placeholder().isBlank()) {
            field.setPlaceholder(Text.truncate(
                    input.placeholder(), net.dv8tion.jda.api.components.textinput.TextInput.MAX_PLACEHOLDER_LENGTH));
        }
        String label = Text.truncate(Text.orElse(input.label(), input.name()), Label.LABEL_MAX_LENGTH);
        return Label.of(label, field.build());
    }

    /** A menu of the input's choices (one to pick), named after its command option. */
    private static Label menu(TextInput input) {
        StringSelectMenu.Builder menu = StringSelectMenu.create(input.name())
                .setRequired(input.required())
                .setRequiredRange(1, 1);
        input.choices().stream()
                .limit(SelectMenu.OPTIONS_MAX_AMOUNT)
                .forEach(c -> menu.addOption(
                        Text.truncate(c.label(), SelectOption.LABEL_MAX_LENGTH),
                        Text.truncate(c.value(), SelectOption.VALUE_MAX_LENGTH)));
        String label = Text.truncate(Text.orElse(input.label(), input.name()), Label.LABEL_MAX_LENGTH);
        return Label.of(label, menu.build());
    }
}
