package dev.atelier.core.command;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Span;
import dev.atelier.core.message.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns commands written as inline code ({@code `review 3 approve`}, {@code `submit <milestone> <link>`})
 * into {@link CommandHint command hints}, so each platform shows them as its members type them
 * ({@code /review milestone:3 verdict:approve} on Discord, {@code /atelier review 3 approve} on Slack).
 * Code that does not start with a catalog command, or has more values than the command has options,
 * stays code.
 */
final class CommandHints {

    private final CommandCatalog catalog;

    CommandHints(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    Outcome apply(Outcome outcome) {
        if (outcome.isModal()) {
            return outcome;
        }
        List<Notification> notifications = outcome.notifications().stream()
                .map(n -> new Notification(n.to(), n.fallback(), apply(n.message()), n.living()))
                .toList();
        return new Outcome(apply(outcome.reply()), null, notifications);
    }

    Message apply(Message message) {
        if (message == null) {
            return null;
        }
        return message.withBody(apply(message.body()))
                .withFields(message.fields().stream()
                        .map(f -> new Field(f.name(), apply(f.value()), f.inline()))
                        .toList());
    }

    Text apply(Text text) {
        List<Span> out = new ArrayList<>(text.spans().size());
        for (Span span : text.spans()) {
            if (span instanceof Span.Code code) {
                out.add(hint(code.text()).<Span>map(Span.Command::new).orElse(span));
            } else {
                out.add(span);
            }
        }
        return new Text(out);
    }

    /** The code as a command hint, when it is one of the catalog's commands. */
    Optional<CommandHint> hint(String code) {
        List<String> tokens = Tokenizer.split(code.strip().replaceFirst("^/(atelier )?", ""));
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        Optional<CommandSpec> spec =
                tokens.size() > 1 ? catalog.spec(tokens.get(0) + " " + tokens.get(1)) : Optional.empty();
        int first = 2;
        if (spec.isEmpty()) {
            spec = catalog.spec(tokens.get(0)).filter(s -> s.subcommand() == null);
            first = 1;
        }
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        List<OptionSpec> options = spec.get().options();
        CommandHint hint = CommandHint.of(spec.get().path());
        int next = 0;
        for (String token : tokens.subList(first, tokens.size())) {
            int colon = token.indexOf(':');
            OptionSpec named = colon > 0 ? spec.get().option(token.substring(0, colon)) : null;
            if (named != null) {
                hint = hint.named(named.name(), token.substring(colon + 1));
                continue;
            }
            if (next >= options.size()) {
                return Optional.empty();
            }
            String name = options.get(next++).name();
            boolean placeholder =
                    (token.startsWith("<") && token.endsWith(">")) || (token.startsWith("[") && token.endsWith("]"));
            hint = placeholder ? hint.placeholder(name) : hint.with(name, token);
        }
        return Optional.of(hint);
    }
}
