package dev.atelier.core.help;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Rejected;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Help generated from the catalog: every command the requester may run, or one command in detail. */
public final class ShowHelp {

    private final CommandCatalog catalog;

    public ShowHelp(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    /** Usages are written as people type them there: {@code /atelier submit} on Slack, {@code /submit} on Discord. */
    public Outcome execute(boolean moderator, String topic, Platform platform) {
        String prefix = switch (platform) {
            case SLACK -> "/atelier ";
            case DISCORD -> "/";
            case CONSOLE -> "";
        };
        if (topic != null) {
            return detail(
                    topic.strip()
                            .replaceFirst("^/", "")
                            .replaceFirst("^atelier ", "")
                            .toLowerCase(Locale.ROOT),
                    prefix);
        }
        String text = "*Interns and mentors*\n" + lines(Access.EVERYONE, prefix);
        if (moderator) {
            text += "\n\n*Moderators*\n" + lines(Access.MODERATOR, prefix);
        }
        text += "\n\nOptions go in order or as `name:value`; quote values with spaces. `help <command>` tells more.";
        return Outcome.reply(Message.privateReply(text).withTitle("Atelier commands"));
    }

    private String lines(Access access, String prefix) {
        return catalog.commands().stream()
                .filter(c -> c.access() == access)
                .map(c -> "`" + prefix + c.usage() + "` — " + c.description())
                .collect(Collectors.joining("\n"));
    }

    private Outcome detail(String topic, String prefix) {
        List<CommandSpec> matching = catalog.commands().stream()
                .filter(c -> c.path().equals(topic) || c.name().equals(topic))
                .toList();
        if (matching.isEmpty()) {
            throw new Rejected("There is no command `" + topic + "`. `help` lists them all.");
        }
        StringBuilder text = new StringBuilder();
        for (CommandSpec spec : matching) {
            text.append("`").append(prefix).append(spec.usage()).append("` — ").append(spec.description());
            if (spec.access() == Access.MODERATOR) {
                text.append(" (moderators)");
            }
            text.append('\n');
            for (OptionSpec o : spec.options()) {
                text.append("   • ")
                        .append(o.name())
                        .append(o.required() ? "" : " (optional)")
                        .append(": ")
                        .append(o.description())
                        .append('\n');
            }
            if (spec.example() != null) {
                text.append("   e.g. `").append(prefix).append(spec.example()).append("`\n");
            }
        }
        return Outcome.reply(Message.privateReply(text.toString().strip()).withTitle("Help: " + topic));
    }
}
