package dev.atelier.slack;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.atelier.core.message.Modal;
import dev.atelier.core.message.TextInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a core {@link Modal} as a Slack modal view (callback id = the modal id, one input block
 * per text input with block id and action id = the input's name) and reads the submitted values back.
 */
final class ModalView {

    static final int TITLE_LIMIT = 24;
    static final int LABEL_LIMIT = 2000;
    static final int PLACEHOLDER_LIMIT = 150;
    static final int INPUT_LIMIT = 3000;
    static final int MENU_LIMIT = 100;
    static final int OPTION_LIMIT = 75;

    private ModalView() {}

    /** @param privateMetadata carried back on submission: the channel the modal was opened from */
    static View of(Modal modal, String privateMetadata) {
        return of(modal, privateMetadata, Map.of());
    }

    /** As {@link #of(Modal, String)}, with inputs prefilled by name (cut to each input's limit). */
    static View of(Modal modal, String privateMetadata, Map<String, String> prefill) {
        List<LayoutBlock> blocks = modal.inputs().stream()
                .map(i -> input(i, prefill.get(i.name())))
                .map(LayoutBlock.class::cast)
                .toList();
        return View.builder()
                .type("modal")
                .callbackId(modal.id())
                .title(new ViewTitle("plain_text", Texts.shorten(BlockKit.safe(title(modal)), TITLE_LIMIT), true))
                .submit(new ViewSubmit("plain_text", "Submit", true))
                .close(new ViewClose("plain_text", "Cancel", true))
                .privateMetadata(privateMetadata == null ? "" : privateMetadata)
                .blocks(blocks)
                .build();
    }

    /** The typed values by input name, escaped ({@link SlackText#formText}); empty inputs are left out. */
    static Map<String, String> values(View view) {
        Map<String, String> values = new LinkedHashMap<>();
        ViewState state = view == null ? null : view.getState();
        if (state == null || state.getValues() == null) {
            return values;
        }
        state.getValues()
                .forEach((blockId, actions) -> actions.forEach((actionId, value) -> {
                    if (value != null
                            && value.getValue() != null
                            && !value.getValue().isBlank()) {
                        values.put(actionId, SlackText.formText(value.getValue()));
                    } else if (value != null && value.getSelectedOption() != null) {
                        values.put(
                                actionId,
                                SlackText.formText(value.getSelectedOption().getValue()));
                    }
                }));
        return values;
    }

    /** A menu of the input's choices (a static select), its block and action id the option's name. */
    private static InputBlock menu(TextInput input) {
        List<OptionObject> options = input.choices().stream()
                .limit(MENU_LIMIT)
                .map(c -> OptionObject.builder()
                        .text(BlockKit.plain(c.label(), OPTION_LIMIT))
                        .value(c.value())
                        .build())
                .toList();
        String label = input.label() == null || input.label().isBlank() ? input.name() : input.label();
        return InputBlock.builder()
                .blockId(input.name())
                .label(BlockKit.plain(label, LABEL_LIMIT))
                .element(StaticSelectElement.builder()
                        .actionId(input.name())
                        .options(options)
                        .build())
                .optional(!input.required())
                .build();
    }

    private static String title(Modal modal) {
        return modal.title() == null || modal.title().isBlank() ? "Atelier" : modal.title();
    }

    private static InputBlock input(TextInput input, String initial) {
        if (input.isMenu()) {
            return menu(input);
        }
        PlainTextInputElement.PlainTextInputElementBuilder element =
                PlainTextInputElement.builder().actionId(input.name()).multiline(input.multiline());
        int limit = input.maxLength() > 0 ? Math.min(input.maxLength(), INPUT_LIMIT) : INPUT_LIMIT;
        if (input.maxLength() > 0) {
            element.maxLength(limit);
        }
        if (initial != null && !initial.isBlank()) {
            element.initialValue(Texts.shorten(initial, limit));
        }
        if (input.placeholder() != null && !input.placeholder().isBlank()) {
            element.placeholder(BlockKit.plain(input.placeholder(), PLACEHOLDER_LIMIT));
        }
        String label = input.label() == null || input.label().isBlank() ? input.name() : input.label();
        return InputBlock.builder()
                .blockId(input.name())
                .label(BlockKit.plain(label, LABEL_LIMIT))
                .element(element.build())
                .optional(!input.required())
                .build();
    }
}
