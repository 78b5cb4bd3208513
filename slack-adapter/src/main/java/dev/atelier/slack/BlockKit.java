package dev.atelier.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.StaticSelectElement;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.MassMentions;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Select;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a core {@link Message} as Block Kit: a header for the title, mrkdwn sections for the
 * text (written by {@link SlackMrkdwn}, split to Slack's 3,000 characters), section fields (10 per
 * section), and actions blocks for the buttons and menus; plus the plain {@code text} fallback
 * Slack shows in notifications (escaped, so it carries no markup either). Every text goes through
 * {@link MassMentions#defuse(String)}.
 */
final class BlockKit {

    static final int MAX_BLOCKS = 50;
    static final int HEADER_LIMIT = 150;
    static final int SECTION_LIMIT = 3000;
    static final int FIELD_LIMIT = 2000;
    static final int FIELDS_PER_SECTION = 10;
    static final int BUTTON_LIMIT = 75;
    static final int BUTTONS_PER_BLOCK = 25;
    static final int FALLBACK_LIMIT = 3000;
    static final int OPTION_LIMIT = 75;
    static final int OPTION_VALUE_LIMIT = 150;
    static final int OPTIONS_PER_MENU = 100;

    private BlockKit() {}

    static List<LayoutBlock> blocks(Message message) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (message.title() != null && !message.title().isBlank()) {
            blocks.add(HeaderBlock.builder()
                    .text(plain(message.title(), HEADER_LIMIT))
                    .build());
        }
        for (String chunk : Texts.chunks(SlackMrkdwn.INSTANCE.render(message.body()), SECTION_LIMIT)) {
            blocks.add(SectionBlock.builder().text(markdown(chunk)).build());
        }
        addFields(blocks, message.fields());
        List<BlockElement> buttons = new ArrayList<>();
        message.buttons().stream().map(BlockKit::button).forEach(buttons::add);
        message.selects().stream()
                .filter(select -> !select.options().isEmpty())
                .map(BlockKit::select)
                .forEach(buttons::add);
        for (int i = 0; i < buttons.size(); i += BUTTONS_PER_BLOCK) {
            blocks.add(ActionsBlock.builder()
                    .elements(new ArrayList<>(buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_BLOCK))))
                    .build());
        }
        return blocks.size() > MAX_BLOCKS ? new ArrayList<>(blocks.subList(0, MAX_BLOCKS)) : blocks;
    }

    /** The notification and accessibility text: title, text and fields as lines of mrkdwn. */
    static String fallback(Message message) {
        StringBuilder out = new StringBuilder();
        if (message.title() != null) {
            out.append(SlackMrkdwn.escape(message.title())).append('\n');
        }
        out.append(SlackMrkdwn.INSTANCE.render(message.body()));
        for (Field field : message.fields()) {
            out.append('\n')
                    .append(SlackMrkdwn.escape(field.name()))
                    .append(field.separator())
                    .append(SlackMrkdwn.INSTANCE.render(field.value()));
        }
        String text = out.toString().strip();
        return text.isBlank() ? "Atelier" : Texts.shorten(text, FALLBACK_LIMIT);
    }

    static String safe(String text) {
        return text == null ? "" : MassMentions.defuse(text);
    }

    static PlainTextObject plain(String text, int limit) {
        return PlainTextObject.builder()
                .text(Texts.shorten(safe(text), limit))
                .emoji(true)
                .build();
    }

    private static MarkdownTextObject markdown(String text) {
        return MarkdownTextObject.builder().text(text).build();
    }

    private static void addFields(List<LayoutBlock> blocks, List<Field> fields) {
        List<TextObject> inline = new ArrayList<>();
        for (Field field : fields) {
            String text = Texts.shorten(
                    "*" + SlackMrkdwn.escape(field.name()) + "*\n" + SlackMrkdwn.INSTANCE.render(field.value()),
                    FIELD_LIMIT);
            if (field.inline()) {
                inline.add(markdown(text));
                if (inline.size() == FIELDS_PER_SECTION) {
                    blocks.add(SectionBlock.builder().fields(inline).build());
                    inline = new ArrayList<>();
                }
            } else {
                if (!inline.isEmpty()) {
                    blocks.add(SectionBlock.builder().fields(inline).build());
                    inline = new ArrayList<>();
                }
                blocks.add(SectionBlock.builder().text(markdown(text)).build());
            }
        }
        if (!inline.isEmpty()) {
            blocks.add(SectionBlock.builder().fields(inline).build());
        }
    }

    private static ButtonElement button(Button button) {
        return ButtonElement.builder()
                .text(plain(button.label(), BUTTON_LIMIT))
                .actionId(button.actionId())
                .style(style(button))
                .build();
    }

    private static StaticSelectElement select(Select select) {
        return StaticSelectElement.builder()
                .actionId(select.actionId())
                .placeholder(plain(select.placeholder() == null ? "Choose" : select.placeholder(), OPTION_LIMIT))
                .options(select.options().stream()
                        .limit(OPTIONS_PER_MENU)
                        .map(o -> OptionObject.builder()
                                .text(plain(o.label(), OPTION_LIMIT))
                                .value(Texts.shorten(o.value(), OPTION_VALUE_LIMIT))
                                .build())
                        .toList())
                .build();
    }

    private static String style(Button button) {
        return switch (button.style()) {
            case PRIMARY, SUCCESS -> "primary";
            case DANGER -> "danger";
            case SECONDARY -> null;
        };
    }
}
