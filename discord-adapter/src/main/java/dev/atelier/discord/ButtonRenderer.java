package dev.atelier.discord;

import dev.atelier.core.message.Button;
import dev.atelier.core.message.Select;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Action buttons as rows of up to five, and each menu a row of its own; the custom id is {@link Button#actionId()}, or that id as
 * {@code customIds} rewrites it (see {@link DirectRoutes}). A button whose custom id exceeds
 * Discord's 100 characters, or repeats one already shown, is left out (and logged).
 */
final class ButtonRenderer {

    static final int MAX_ROWS = 5;
    private static final Logger log = LoggerFactory.getLogger(ButtonRenderer.class);

    private ButtonRenderer() {}

    static List<ActionRow> rows(List<Button> buttons) {
        return rows(buttons, UnaryOperator.identity());
    }

    /** Buttons in rows of five, then one row per menu; at most five rows in all. */
    static List<ActionRow> rows(List<Button> buttons, List<Select> selects, UnaryOperator<String> customIds) {
        List<ActionRow> rows = new ArrayList<>(rows(buttons, customIds));
        for (Select select : selects) {
            String id = customIds.apply(select.actionId());
            if (rows.size() == MAX_ROWS
                    || select.options().isEmpty()
                    || id.length() > StringSelectMenu.ID_MAX_LENGTH
                    || !unused(rows, id)) {
                log.warn(
                        "Menu '{}' left out: no room, no choices, or its id is too long or repeated",
                        select.placeholder());
                continue;
            }
            StringSelectMenu.Builder menu = StringSelectMenu.create(id);
            if (select.placeholder() != null && !select.placeholder().isBlank()) {
                menu.setPlaceholder(Text.truncate(select.placeholder(), StringSelectMenu.PLACEHOLDER_MAX_LENGTH));
            }
            select.options().stream()
                    .limit(StringSelectMenu.OPTIONS_MAX_AMOUNT)
                    .forEach(o -> menu.addOption(
                            Text.truncate(Text.orElse(o.label(), o.value()), SelectOption.LABEL_MAX_LENGTH),
                            Text.truncate(o.value(), SelectOption.VALUE_MAX_LENGTH)));
            rows.add(ActionRow.of(menu.build()));
        }
        return rows;
    }

    private static boolean unused(List<ActionRow> rows, String id) {
        return rows.stream().flatMap(r -> r.getActionComponents().stream()).noneMatch(c -> id.equals(c.getCustomId()));
    }

    static List<ActionRow> rows(List<Button> buttons, UnaryOperator<String> customIds) {
        List<net.dv8tion.jda.api.components.buttons.Button> rendered = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Button button : buttons) {
            String id = customIds.apply(button.actionId());
            if (id.length() > net.dv8tion.jda.api.components.buttons.Button.ID_MAX_LENGTH || !ids.add(id)) {
                log.warn(
                        "Button '{}' left out: its id is too long or repeated ({} chars)", button.label(), id.length());
                continue;
            }
            String label = Text.truncate(
                    Text.orElse(button.label(), "Open"),
                    net.dv8tion.jda.api.components.buttons.Button.LABEL_MAX_LENGTH);
            rendered.add(net.dv8tion.jda.api.components.buttons.Button.of(style(button.style()), id, label));
        }
        List<ActionRow> rows = rendered.isEmpty() ? List.of() : ActionRow.partitionOf(rendered);
        return rows.size() <= MAX_ROWS ? rows : rows.subList(0, MAX_ROWS);
    }

    static ButtonStyle style(dev.atelier.core.message.ButtonStyle style) {
        if (style == null) {
            return ButtonStyle.SECONDARY;
        }
        return switch (style) {
            case PRIMARY -> ButtonStyle.PRIMARY;
            case SECONDARY -> ButtonStyle.SECONDARY;
            case SUCCESS -> ButtonStyle.SUCCESS;
            case DANGER -> ButtonStyle.DANGER;
        };
    }
}
