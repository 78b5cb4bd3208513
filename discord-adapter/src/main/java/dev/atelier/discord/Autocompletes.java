package dev.atelier.discord;

import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.commands.Command;

/**
 * Autocomplete for cohorts, tasks, internships and milestones: the core's suggestions as at most 25
 * choices, each label and value within Discord's 100 characters.
 */
final class Autocompletes {

    static final int MAX_CHOICES = 25;
    static final int CHOICE_MAX = 100;

    private final Supplier<AtelierBot> bot;
    private final Callers callers;
    private final Executor workers;

    Autocompletes(Supplier<AtelierBot> bot, Callers callers, Executor workers) {
        this.bot = bot;
        this.callers = callers;
        this.workers = workers;
    }

    void handle(CommandAutoCompleteInteractionEvent event) {
        Optional<Caller> caller = callers.of(event);
        if (caller.isEmpty()) {
            event.replyChoices(List.of()).queue();
            return;
        }
        String path =
                event.getSubcommandName() == null ? event.getName() : event.getName() + " " + event.getSubcommandName();
        AutoCompleteQuery focused = event.getFocusedOption();
        workers.execute(
                () -> event.replyChoices(choices(caller.get(), path, focused)).queue());
    }

    private List<Command.Choice> choices(Caller caller, String path, AutoCompleteQuery focused) {
        return bot.get().suggest(caller, path, focused.getName(), focused.getValue()).stream()
                .filter(choice -> choice.value() != null
                        && !choice.value().isBlank()
                        && choice.value().length() <= CHOICE_MAX)
                .limit(MAX_CHOICES)
                .map(choice -> new Command.Choice(
                        Text.truncate(Text.orElse(choice.label(), choice.value()), CHOICE_MAX), choice.value()))
                .toList();
    }
}
