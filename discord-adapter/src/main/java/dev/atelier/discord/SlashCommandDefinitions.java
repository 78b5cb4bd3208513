package dev.atelier.discord;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.OptionSpec;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The command catalog as Discord slash commands: one top-level command per catalog name, with
 * subcommands where the catalog has them. Members and channels become Discord's resolved user and
 * channel options, choices become fixed choices, and cohorts, tasks, internships and milestones
 * get autocomplete. Commands only moderators can run are hidden from other members by default.
 */
final class SlashCommandDefinitions {

    static final int DESCRIPTION_MAX = 100;
    static final int STRING_MAX = 6000;
    static final int MAX_CHOICES = 25;

    private SlashCommandDefinitions() {}

    static List<SlashCommandData> from(CommandCatalog catalog) {
        return catalog.byName().entrySet().stream()
                .map(SlashCommandDefinitions::command)
                .toList();
    }

    private static SlashCommandData command(Map.Entry<String, List<CommandSpec>> group) {
        return forModeratorsOnly(shape(group), group.getValue());
    }

    /**
     * A command all of whose subcommands are for moderators is shown by default only to members with
     * Manage Server (Discord decides per command, not per subcommand; server admins can widen it to the
     * moderator role in the server's Integrations settings). The core still checks every run.
     */
    private static SlashCommandData forModeratorsOnly(SlashCommandData command, List<CommandSpec> specs) {
        if (specs.stream().allMatch(spec -> spec.access() == Access.MODERATOR)) {
            command.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
        }
        return command;
    }

    private static SlashCommandData shape(Map.Entry<String, List<CommandSpec>> group) {
        List<CommandSpec> specs = group.getValue();
        CommandSpec first = specs.get(0);
        if (first.subcommand() == null) {
            return Commands.slash(first.name(), description(first.description(), first.name()))
                    .setContexts(InteractionContextType.GUILD)
                    .addOptions(options(first.options()));
        }
        String summary = capitalized(group.getKey()) + ": "
                + specs.stream().map(CommandSpec::subcommand).collect(Collectors.joining(", "));
        SlashCommandData command = Commands.slash(group.getKey(), description(summary, group.getKey()))
                .setContexts(InteractionContextType.GUILD);
        for (CommandSpec spec : specs) {
            command.addSubcommands(new SubcommandData(spec.subcommand(), description(spec.description(), spec.path()))
                    .addOptions(options(spec.options())));
        }
        return command;
    }

    /** Discord wants required options first; the core reads options by name, so order is free. */
    private static List<OptionData> options(List<OptionSpec> options) {
        return options.stream()
                .sorted(Comparator.comparing(o -> !o.required()))
                .map(SlashCommandDefinitions::option)
                .toList();
    }

    static OptionData option(OptionSpec spec) {
        OptionType type = switch (spec.type()) {
            case MEMBER -> OptionType.USER;
            case CHANNEL -> OptionType.CHANNEL;
            case INTEGER -> OptionType.INTEGER;
            default -> OptionType.STRING;
        };
        OptionData option =
                new OptionData(type, spec.name(), description(spec.description(), spec.name()), spec.required());
        if (spec.type() == dev.atelier.core.command.OptionType.CHOICE) {
            spec.choices().stream().limit(MAX_CHOICES).forEach(choice -> option.addChoice(choice, choice));
        } else if (spec.type().suggestsValues()) {
            option.setAutoComplete(true);
        }
        if (type == OptionType.STRING
                && spec.choices().isEmpty()
                && spec.maxLength() > 0
                && spec.maxLength() <= STRING_MAX) {
            option.setMaxLength(spec.maxLength());
        }
        return option;
    }

    private static String description(String text, String fallback) {
        return Text.truncate(Text.orElse(text, fallback), DESCRIPTION_MAX);
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
