package dev.atelier.core.command;

import dev.atelier.core.message.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The single source of every command: Discord registers it as slash commands, Slack exposes it
 * as {@code /atelier <command>} with generated help, and the console parses the same syntax.
 */
public final class CommandCatalog {

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** A command and the handler that translates its options into a use case call. */
    public record Entry(CommandSpec spec, CommandHandler handler, Precheck precheck) {}

    /**
     * Checks, before a button opens a modal, that the command could run at all (right person,
     * right state), so nobody types feedback only to be refused. Throws Rejected when not.
     */
    @FunctionalInterface
    public interface Precheck {
        void check(Context context, Options options);
    }

    /** What follows a command that succeeded (others told, something remembered); returns the outcome to give. */
    @FunctionalInterface
    public interface Follow {
        Outcome after(Context context, Options options, Outcome outcome);
    }

    /** Runs {@code follow} after command {@code path} each time it succeeds. */
    public CommandCatalog follow(String path, Follow follow) {
        Entry entry = find(path).orElseThrow(() -> new IllegalStateException("no command " + path + " to follow"));
        entries.put(path, followed(entry, follow));
        return this;
    }

    /** Runs {@code follow} after every command declared so far whose path {@code paths} accepts, each time it succeeds. */
    public CommandCatalog followEvery(java.util.function.Predicate<String> paths, Follow follow) {
        entries.replaceAll((path, entry) -> paths.test(path) ? followed(entry, follow) : entry);
        return this;
    }

    private static Entry followed(Entry entry, Follow follow) {
        CommandHandler handler = entry.handler();
        return new Entry(
                entry.spec(),
                (context, options) -> follow.after(context, options, handler.handle(context, options)),
                entry.precheck());
    }

    public CommandCatalog add(CommandSpec spec, CommandHandler handler) {
        return add(spec, handler, (context, options) -> {});
    }

    public CommandCatalog add(CommandSpec spec, CommandHandler handler, Precheck precheck) {
        if (entries.putIfAbsent(spec.path(), new Entry(spec, handler, precheck)) != null) {
            throw new IllegalStateException("command declared twice: " + spec.path());
        }
        boolean clash = spec.subcommand() == null
                ? entries.keySet().stream().anyMatch(p -> p.startsWith(spec.name() + " "))
                : entries.containsKey(spec.name());
        if (clash) {
            throw new IllegalStateException("a command is either plain or has subcommands: " + spec.name());
        }
        return this;
    }

    /** Every command, in declaration order. */
    public List<CommandSpec> commands() {
        return entries.values().stream().map(Entry::spec).toList();
    }

    /** The top-level names in declaration order, each with its subcommands (empty for plain commands). */
    public Map<String, List<CommandSpec>> byName() {
        Map<String, List<CommandSpec>> groups = new LinkedHashMap<>();
        for (Entry entry : entries.values()) {
            groups.computeIfAbsent(entry.spec().name(), k -> new ArrayList<>()).add(entry.spec());
        }
        return groups;
    }

    public Optional<Entry> find(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    public Optional<CommandSpec> spec(String path) {
        return find(path).map(Entry::spec);
    }
}
