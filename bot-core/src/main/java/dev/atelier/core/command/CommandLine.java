package dev.atelier.core.command;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Parses the text syntax shared by Slack and the console: {@code [/]name [subcommand] options...}.
 * Options come in catalog order or as {@code name:value}; quote values with spaces. A text option
 * the catalog declares as taking the rest of the line ({@link OptionSpec#takesRest()}) takes every
 * unquoted word from its place on, so {@code ask what about unquoted words} and
 * {@code review 3 changes please add tests} need no quotes.
 */
final class CommandLine {

    private final CommandCatalog catalog;

    CommandLine(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    record Parsed(CommandCatalog.Entry entry, Map<String, String> raw) {}

    Parsed parse(String line) {
        List<Tokenizer.Word> words = Tokenizer.words(line == null ? "" : line.strip());
        if (words.isEmpty()) {
            throw new Rejected(Text.builder()
                    .plain("Type a command, for example ")
                    .command(CommandHint.of("help"))
                    .plain(".")
                    .build());
        }
        String name = words.get(0).text().replaceFirst("^/", "").toLowerCase(Locale.ROOT);
        Map<String, List<CommandSpec>> byName = catalog.byName();
        List<CommandSpec> group = byName.get(name);
        if (group == null) {
            throw new Rejected(Text.builder()
                    .plain("There is no command ")
                    .user(name)
                    .plain(". Try ")
                    .command(CommandHint.of("help"))
                    .plain(" to see what you can run.")
                    .build());
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
                throw new Rejected(Text.builder()
                        .user(name)
                        .plain(" needs one of: " + subs + ". Try ")
                        .command(CommandHint.of("help").with("command", name))
                        .plain(".")
                        .build());
            }
            String sub = words.get(1).text().toLowerCase(Locale.ROOT);
            spec = group.stream()
                    .filter(s -> s.subcommand().equals(sub))
                    .findFirst()
                    .orElseThrow(() -> new Rejected(Text.builder()
                            .user("" + name + " " + sub)
                            .plain(" is not a command. ")
                            .user(name)
                            .plain(" takes one of: " + subs + ".")
                            .build()));
            next = 2;
        }
        return new Parsed(catalog.find(spec.path()).orElseThrow(), options(spec, words.subList(next, words.size())));
    }

    private static Map<String, String> options(CommandSpec spec, List<Tokenizer.Word> words) {
        Map<String, String> raw = new LinkedHashMap<>();
        List<Tokenizer.Word> positional = new ArrayList<>();
        for (Tokenizer.Word word : words) {
            int colon = word.text().indexOf(':');
            String key = colon > 0 ? word.text().substring(0, colon).toLowerCase(Locale.ROOT) : null;
            if (key != null && spec.option(key) != null) {
                if (raw.put(key, word.text().substring(colon + 1)) != null) {
                    throw new Rejected(
                            Text.builder().user(key).plain(" is given twice.").build());
                }
            } else {
                positional.add(word);
            }
        }
        List<OptionSpec> open =
                spec.options().stream().filter(o -> !raw.containsKey(o.name())).toList();
        int next = 0;
        for (int i = 0; i < positional.size(); i++) {
            Tokenizer.Word word = positional.get(i);
            while (next < open.size() && namesALaterChoice(open, next, word)) {
                next++;
            }
            if (next >= open.size()) {
                throw new Rejected(Text.builder()
                        .plain("Too many values: ")
                        .user(word.text())
                        .plain(" does not fit. Put text with spaces in " + "quotes. Usage: ")
                        .command(spec.usageHint())
                        .plain(".")
                        .build());
            }
            OptionSpec option = open.get(next++);
            if (option.takesRest() && !word.quoted()) {
                raw.put(
                        option.name(),
                        positional.subList(i, positional.size()).stream()
                                .map(Tokenizer.Word::text)
                                .collect(Collectors.joining(" ")));
                break;
            }
            raw.put(option.name(), word.text());
        }
        return raw;
    }

    /**
     * An optional option that is neither text nor a choice is passed over when the word is one of the
     * choices of a later option: {@code portfolio markdown} gives the format, not a member named so.
     */
    private static boolean namesALaterChoice(List<OptionSpec> open, int index, Tokenizer.Word word) {
        OptionSpec option = open.get(index);
        if (option.required() || word.quoted() || option.type().isFreeText() || option.type() == OptionType.CHOICE) {
            return false;
        }
        String lower = word.text().toLowerCase(Locale.ROOT);
        return open.subList(index + 1, open.size()).stream()
                .anyMatch(later ->
                        later.type() == OptionType.CHOICE && later.choices().contains(lower));
    }
}
