package dev.atelier.core.command;

import dev.atelier.core.shared.Rejected;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the text syntax shared by Slack and the console: {@code [/]name [subcommand] options...}.
 * Options come in catalog order or as {@code name:value}; quote values with spaces. Words left
 * over after the last option are added to it when it is text, so
 * {@code review 3 changes please add tests} needs no quotes.
 */
final class CommandLine {

    private final CommandCatalog catalog;

    CommandLine(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    record Parsed(CommandCatalog.Entry entry, Map<String, String> raw) {}

    Parsed parse(String line) {
        List<String> words = Tokenizer.split(line == null ? "" : line.strip());
        if (words.isEmpty()) {
            throw new Rejected("Type a command, for example `help`.");
        }
        String name = words.get(0).replaceFirst("^/", "").toLowerCase(Locale.ROOT);
        Map<String, List<CommandSpec>> byName = catalog.byName();
        List<CommandSpec> group = byName.get(name);
        if (group == null) {
            throw new Rejected("There is no command `" + name + "`. Try `help` to see what you can run.");
        }
        int next = 1;
        CommandSpec spec;
        if (group.get(0).subcommand() == null) {
            spec = group.get(0);
        } else {
            String subs = group.stream()
                    .map(CommandSpec::subcommand)
                    .reduce((a, b) -> a + "|" + b)
                    .orElse("");
            if (words.size() < 2) {
                throw new Rejected("`" + name + "` needs one of: " + subs + ". Try `help " + name + "`.");
            }
            String sub = words.get(1).toLowerCase(Locale.ROOT);
            spec = group.stream()
                    .filter(s -> s.subcommand().equals(sub))
                    .findFirst()
                    .orElseThrow(() -> new Rejected(
                            "`" + name + " " + sub + "` is not a command. `" + name + "` takes one of: " + subs + "."));
            next = 2;
        }
        return new Parsed(catalog.find(spec.path()).orElseThrow(), options(spec, words.subList(next, words.size())));
    }

    private static Map<String, String> options(CommandSpec spec, List<String> words) {
        Map<String, String> raw = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (String word : words) {
            int colon = word.indexOf(':');
            String key = colon > 0 ? word.substring(0, colon).toLowerCase(Locale.ROOT) : null;
            if (key != null && spec.option(key) != null) {
                if (raw.put(key, word.substring(colon + 1)) != null) {
                    throw new Rejected("`" + key + "` is given twice.");
                }
            } else {
                positional.add(word);
            }
        }
        List<OptionSpec> open =
                spec.options().stream().filter(o -> !raw.containsKey(o.name())).toList();
        for (int i = 0; i < positional.size(); i++) {
            if (i < open.size()) {
                raw.put(open.get(i).name(), positional.get(i));
            } else if (!open.isEmpty() && isText(open.get(open.size() - 1))) {
                OptionSpec last = open.get(open.size() - 1);
                raw.put(last.name(), raw.get(last.name()) + " " + positional.get(i));
            } else {
                throw new Rejected(
                        "Too many values: `" + positional.get(i) + "` does not fit. Usage: `" + spec.usage() + "`.");
            }
        }
        return raw;
    }

    private static boolean isText(OptionSpec option) {
        return option.type() == OptionType.TEXT || option.type() == OptionType.LONG_TEXT;
    }
}
