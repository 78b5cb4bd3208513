package dev.atelier.core.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A command the reader can run, as a catalog path ({@code internship start}) and its arguments in
 * catalog order. Each adapter writes it the way a person types it there: Discord
 * {@code /internship start intern:@a mentor:@b task:1}, Slack {@code /atelier internship start @a @b 1},
 * the console {@code internship start @a @b 1}. An argument without a value is a placeholder the
 * reader fills in; a {@code named} argument is written {@code name:value} on every platform (an
 * optional option given out of order).
 */
public record CommandHint(String path, List<Argument> arguments) {

    public CommandHint {
        Objects.requireNonNull(path, "path");
        arguments = List.copyOf(arguments);
    }

    /** One argument: its option name and the value to type, or {@code null} for a placeholder. */
    public record Argument(String name, String value, boolean named) {
        public Argument {
            Objects.requireNonNull(name, "name");
        }

        public boolean isPlaceholder() {
            return value == null;
        }
    }

    public static CommandHint of(String path) {
        return new CommandHint(path, List.of());
    }

    /** Adds an argument given in catalog order. */
    public CommandHint with(String name, Object value) {
        return add(new Argument(name, String.valueOf(value), false));
    }

    /** Adds an argument written {@code name:value} everywhere. */
    public CommandHint named(String name, Object value) {
        return add(new Argument(name, String.valueOf(value), true));
    }

    /** Adds a placeholder for an option the reader fills in. */
    public CommandHint placeholder(String name) {
        return add(new Argument(name, null, false));
    }

    private CommandHint add(Argument argument) {
        List<Argument> more = new ArrayList<>(arguments);
        more.add(argument);
        return new CommandHint(path, more);
    }

    /** The command as typed in the local console (and in the catalog's own syntax): bare, positional. */
    public String consoleLine() {
        return positionalLine();
    }

    /**
     * The path followed by the arguments in catalog order ({@code <name>} for placeholders, values
     * with spaces quoted): the catalog syntax the console and Slack's {@code /atelier} read.
     */
    public String positionalLine() {
        if (arguments.isEmpty()) {
            return path;
        }
        return path + " "
                + arguments.stream()
                        .map(a -> a.isPlaceholder()
                                ? "<" + a.name() + ">"
                                : (a.named() ? a.name() + ":" : "") + quoted(a.value()))
                        .collect(Collectors.joining(" "));
    }

    /** A value as the catalog's tokenizer reads it back: quoted when it holds spaces. */
    public static String quoted(String value) {
        return value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)
                ? "\"" + value.replace("\"", "'") + "\""
                : value;
    }
}
