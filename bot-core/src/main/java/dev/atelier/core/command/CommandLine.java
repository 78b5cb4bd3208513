package dev.atelier.core.command;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses the text syntax shared by Slack and the console: {@code [/]name [subcommand] options...}.
 * Options come in catalog order or as {@code name:value}; quote values with spaces. A text option
 * the catalog declares as taking the rest of the line ({@link OptionSpec#takesRest()}) takes every
 * unquoted word from its place on, so {@code ask what about unquoted words} and
 * {@code review 3 changes please add tests} need no quotes.
 */
final class CommandLine {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");

    private final CommandCatalog catalog;

    CommandLine(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    record Parsed(CommandCatalog.Entry entry, Map<String, String> raw) {}

    /** Parses {@code line} as anyone: a refusal lists only the subcommands everyone may run. */
    Parsed parse(String line) {
        return parse(line, () -> false);
    }

    /**
     * Parses {@code line}; when it names no subcommand, or one its command lacks, the refusal lists the
     * subcommands this person may run ({@code moderator} is asked only then).
     */
    Parsed parse(String line, BooleanSupplier moderator) {
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
                    .code(name)
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
            if (words.size() < 2) {
                throw new Rejected(choices(name, group, moderator, Text.of("Say what " + name + " should do:")));
            }
            String sub = words.get(1).text().toLowerCase(Locale.ROOT);
            spec = group.stream()
                    .filter(s -> s.subcommand().equals(sub))
                    .findFirst()
                    .orElseThrow(() -> new Rejected(choices(
                            name,
                            group,
                            moderator,
                            Text.builder()
                                    .plain(name + " has no " + sub + ". It can do:")
                                    .build())));
            next = 2;
        }
        return new Parsed(catalog.find(spec.path()).orElseThrow(), options(spec, words.subList(next, words.size())));
    }

    /**
     * A refusal that lists what the command's subcommands this person may run do, each as the command the
     * person types on their platform ({@code /checkin answer} on Discord, {@code /atelier checkin answer} on
     * Slack); moderators' subcommands only to moderators.
     */
    private static Text choices(String name, List<CommandSpec> group, BooleanSupplier moderator, Text lead) {
        List<CommandSpec> usable =
                group.stream().filter(spec -> spec.access() == Access.EVERYONE).toList();
        if (usable.size() < group.size() && moderator.getAsBoolean()) {
            usable = group;
        }
        if (usable.isEmpty()) {
            return Text.builder()
                    .plain("Only moderators can run ")
                    .code(name)
                    .plain(" commands. Ask one of your community's moderators.")
                    .build();
        }
        Text.Builder text = Text.builder().text(lead);
        for (CommandSpec spec : usable) {
            text.item(Text.builder()
                    .command(CommandHint.of(name + " " + spec.subcommand()))
                    .plain(": " + lowerFirst(spec.description()))
                    .build());
        }
        return text.build();
    }

    private static String lowerFirst(String description) {
        return description.isEmpty()
                ? description
                : description.substring(0, 1).toLowerCase(Locale.ROOT) + description.substring(1);
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
                            Text.builder().code(key).plain(" is given twice.").build());
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
            while (next < open.size() && (namesALaterChoice(open, next, word) || datesALaterOption(open, next, word))) {
                next++;
            }
            if (next >= open.size()) {
                throw new Rejected(Text.builder()
                        .plain("Too many values: ")
                        .code(word.text())
                        .plain(" does not fit. Put text with spaces in quotes, and write it as ")
                        .command(spec.usageHint())
                        .plain(".")
                        .build());
            }
            OptionSpec option = open.get(next++);
            if (option.takesRest() && !word.quoted()) {
                List<Tokenizer.Word> rest = positional.subList(i, positional.size());
                Tokenizer.Word last = rest.get(rest.size() - 1);
                OptionSpec due = rest.size() > 1 ? laterDate(open, next - 1, last) : null;
                if (due != null) {
                    rest = rest.subList(0, rest.size() - 1);
                    raw.put(due.name(), last.text());
                }
                raw.put(option.name(), rest.stream().map(Tokenizer.Word::text).collect(Collectors.joining(" ")));
                break;
            }
            raw.put(option.name(), word.text());
        }
        return raw;
    }

    /**
     * An optional free-text option is passed over when the unquoted word is a date and a later option takes
     * one: {@code milestone add 1 "Checkout page" 2030-06-28} gives the due date, not criteria reading so.
     */
    private static boolean datesALaterOption(List<OptionSpec> open, int index, Tokenizer.Word word) {
        OptionSpec option = open.get(index);
        return !option.required() && option.type().isFreeText() && laterDate(open, index, word) != null;
    }

    /**
     * The first option after {@code index} that takes a date, when the unquoted {@code word} is shaped like
     * one ({@code YYYY-MM-DD}, checked against the calendar later); otherwise null.
     */
    private static OptionSpec laterDate(List<OptionSpec> open, int index, Tokenizer.Word word) {
        if (word.quoted() || !ISO_DATE.matcher(word.text()).matches()) {
            return null;
        }
        return open.subList(index + 1, open.size()).stream()
                .filter(later -> later.type() == OptionType.DATE)
                .findFirst()
                .orElse(null);
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
