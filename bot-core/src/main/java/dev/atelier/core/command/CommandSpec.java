package dev.atelier.core.command;

import dev.atelier.core.message.CommandHint;
import java.util.List;
import java.util.Optional;

/**
 * One command of the catalog: a name, an optional subcommand, what it does, who may run it and
 * its options in order. Discord registers {@code name} as a slash command with {@code subcommand}
 * as a subcommand; Slack and the console parse {@code name subcommand options...}.
 */
public record CommandSpec(
        String name, String subcommand, String description, Access access, List<OptionSpec> options, String example) {

    public CommandSpec {
        if (!name.matches("[a-z][a-z-]{0,31}") || (subcommand != null && !subcommand.matches("[a-z][a-z-]{0,31}"))) {
            throw new IllegalArgumentException("command names are lowercase words: " + name + " " + subcommand);
        }
        if (description.length() > 100) {
            throw new IllegalArgumentException("Discord limits descriptions to 100 characters: " + description);
        }
        options = List.copyOf(options);
    }

    /** A command whose one option is the member it acts on, such as {@code moderator add @carol}. */
    public static CommandSpec onMember(
            String name, String subcommand, String description, Access access, String example) {
        return new CommandSpec(
                name,
                subcommand,
                description,
                access,
                List.of(OptionSpec.required("member", OptionType.MEMBER, "The member")),
                example);
    }

    /** {@code cohort create}, or {@code status} for a command without subcommands. */
    public String path() {
        return subcommand == null ? name : name + " " + subcommand;
    }

    /** The command with every option as a placeholder, in catalog order: how to use it, on each platform. */
    public CommandHint usageHint() {
        CommandHint hint = CommandHint.of(path());
        for (OptionSpec o : options) {
            hint = hint.placeholder(o.name());
        }
        return hint;
    }

    /** The command with its required options as placeholders: a hint each platform writes its own way. */
    public CommandHint hint() {
        CommandHint hint = CommandHint.of(path());
        for (OptionSpec o : options) {
            if (o.required()) {
                hint = hint.placeholder(o.name());
            }
        }
        return hint;
    }

    /** The example as a hint (values matched to options in order, {@code name:value} kept named); empty without one. */
    public Optional<CommandHint> exampleHint() {
        if (example == null || !example.startsWith(path())) {
            return Optional.empty();
        }
        CommandHint hint = CommandHint.of(path());
        int next = 0;
        for (String token : Tokenizer.split(example.substring(path().length()))) {
            int colon = token.indexOf(':');
            OptionSpec named = colon > 0 ? option(token.substring(0, colon)) : null;
            if (named != null) {
                hint = hint.named(named.name(), token.substring(colon + 1));
            } else if (next < options.size()) {
                hint = hint.with(options.get(next++).name(), token);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(hint);
    }

    public OptionSpec option(String optionName) {
        return options.stream()
                .filter(o -> o.name().equals(optionName))
                .findFirst()
                .orElse(null);
    }
}
