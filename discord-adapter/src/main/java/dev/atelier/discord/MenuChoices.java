package dev.atelier.discord;

import dev.atelier.core.command.AtelierBot;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;

/**
 * A choice in one of our menus on a message (a string select whose custom id the core made, see
 * {@link dev.atelier.core.message.Select}): deferred privately, then run on a worker thread as the
 * person who chose; the answer is private. Menus inside forms are read with the form, not here.
 */
final class MenuChoices {

    private final Supplier<AtelierBot> bot;
    private final Callers callers;
    private final Executor workers;

    MenuChoices(Supplier<AtelierBot> bot, Callers callers, Executor workers) {
        this.bot = bot;
        this.callers = callers;
        this.workers = workers;
    }

    void handle(StringSelectInteractionEvent event) {
        InteractionRoute route = InteractionRoute.of(callers, event, event.getComponentId());
        if (route.refusal() != null) {
            event.reply(route.refusal()).setEphemeral(true).queue();
            return;
        }
        String value = event.getValues().isEmpty() ? null : event.getValues().get(0);
        route.deferPrivately(event, workers, caller -> bot.get().choose(caller, route.actionId(), value));
    }
}
