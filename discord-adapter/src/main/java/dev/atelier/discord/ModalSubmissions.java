package dev.atelier.discord;

import dev.atelier.core.command.AtelierBot;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.dv8tion.jda.api.components.Component;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;

/**
 * A submitted modal: deferred privately, then its values (by input id) handed to the core. A modal
 * shown from a button in DMs has its server in its id, like the button (see {@link InteractionRoute}).
 */
final class ModalSubmissions {

    private final Supplier<AtelierBot> bot;
    private final Callers callers;
    private final Executor workers;

    ModalSubmissions(Supplier<AtelierBot> bot, Callers callers, Executor workers) {
        this.bot = bot;
        this.callers = callers;
        this.workers = workers;
    }

    void handle(ModalInteractionEvent event) {
        InteractionRoute route = InteractionRoute.of(callers, event, event.getModalId());
        if (route.refusal() != null) {
            event.reply(route.refusal()).setEphemeral(true).queue();
            return;
        }
        String modalId = route.actionId();
        Map<String, String> values = new LinkedHashMap<>();
        for (ModalMapping value : event.getValues()) {
            String text = value.getType() == Component.Type.STRING_SELECT
                    ? value.getAsStringList().stream().findFirst().orElse(null)
                    : value.getAsString();
            if (text != null) {
                values.put(value.getCustomId(), text);
            }
        }
        route.deferPrivately(event, workers, caller -> bot.get().submitModal(caller, modalId, values));
    }
}
