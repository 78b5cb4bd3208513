package dev.atelier.discord;

import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;

/** A submitted modal: deferred privately, then its values (by input id) handed to the core. */
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
        Optional<Caller> caller = callers.of(event);
        if (caller.isEmpty()) {
            event.reply(Callers.SERVER_ONLY).setEphemeral(true).queue();
            return;
        }
        String modalId = event.getModalId();
        Map<String, String> values = new LinkedHashMap<>();
        for (ModalMapping value : event.getValues()) {
            String text = value.getAsString();
            if (text != null) {
                values.put(value.getCustomId(), text);
            }
        }
        event.deferReply(true).queue();
        InteractionHook hook = event.getHook();
        workers.execute(() -> {
            try {
                OutcomeReplies.deliver(hook, bot.get().submitModal(caller.get(), modalId, values));
            } catch (RuntimeException e) {
                OutcomeReplies.deliverError(hook, e);
            }
        });
    }
}
