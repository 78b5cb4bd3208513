package dev.atelier.app.console;

import dev.atelier.core.message.Button;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.MassMentions;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Select;
import dev.atelier.core.message.SelectOption;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders portable messages as indented plain text ({@link dev.atelier.core.message.Text#plain()}:
 * mentions as {@code @id}, commands bare as typed here); buttons and menus show the command they run.
 */
final class ConsoleRenderer {

    private ConsoleRenderer() {}

    static String render(Message message) {
        StringBuilder out = new StringBuilder();
        if (message.title() != null) {
            out.append("【").append(plain(message.title())).append("】\n");
        }
        out.append(message.body().plain());
        for (Field field : message.fields()) {
            out.append('\n')
                    .append(field.name())
                    .append(field.separator())
                    .append(field.value().plain());
        }
        for (Select select : message.selects()) {
            out.append('\n').append(select(select));
        }
        if (!message.buttons().isEmpty()) {
            out.append('\n').append(buttons(message.buttons()));
        }
        return indent(out.toString().strip());
    }

    private static String select(Select select) {
        return "[" + (select.placeholder() == null ? select.option() : select.placeholder()) + "] → "
                + select.command() + " " + select.option() + ":<"
                + select.options().stream().map(SelectOption::value).collect(Collectors.joining("|")) + ">";
    }

    private static String buttons(List<Button> buttons) {
        return buttons.stream()
                .map(b -> "[" + b.label() + "] → " + b.command()
                        + b.ask().stream()
                                .map(a -> " <" + a.replace("!", "") + ">")
                                .collect(Collectors.joining()))
                .collect(Collectors.joining("   "));
    }

    /** Mentions {@code <@alice>} and channels {@code <#c>} as {@code @alice} and {@code #c}; no mass pings. */
    static String plain(String text) {
        return MassMentions.defuse(text)
                .replaceAll("<@([^>|]+)(\\|[^>]*)?>", "@$1")
                .replaceAll("<#([^>|]+)(\\|[^>]*)?>", "#$1");
    }

    private static String indent(String text) {
        return text.replace("\n", "\n     ");
    }
}
