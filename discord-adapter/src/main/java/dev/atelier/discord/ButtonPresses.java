package dev.atelier.discord;

import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.message.ActionIds;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * A pressed button. One that asks for options must answer with a modal within three seconds and
 * cannot be deferred, so the core is asked right away and its modal shown; any other button is
 * deferred privately and pressed on a worker thread. Who presses, and in which server, is the
 * {@link InteractionRoute}'s business (buttons sent in DMs carry their server in their ids).
 */
final class ButtonPresses {

    static final String UNKNOWN = "⚠️ That button is no longer valid.";

    private final Supplier<AtelierBot> bot;
    private final Callers callers;
    private final Executor workers;

    ButtonPresses(Supplier<AtelierBot> bot, Callers callers, Executor workers) {
        this.bot = bot;
        this.callers = callers;
        this.workers = workers;
    }

    void handle(ButtonInteractionEvent event) {
        InteractionRoute route = InteractionRoute.of(callers, event, event.getComponentId());
        if (route.refusal() != null) {
            event.reply(route.refusal()).setEphemeral(true).queue();
            return;
        }
        String actionId = route.actionId();
        Optional<ActionIds.PressedButton> pressed = ActionIds.parseButton(actionId);
        if (pressed.isEmpty()) {
            event.reply(UNKNOWN).setEphemeral(true).queue();
        } else if (!pressed.get().ask().isEmpty()) {
            route.caller(
                    caller -> showModal(event, route, bot.get().press(caller, actionId)),
                    refusal -> event.reply(refusal).setEphemeral(true).queue());
        } else {
            route.deferPrivately(event, workers, caller -> bot.get().press(caller, actionId));
        }
    }

    private static void showModal(ButtonInteractionEvent event, InteractionRoute route, Outcome outcome) {
        if (outcome.isModal()) {
            Optional<net.dv8tion.jda.api.modals.Modal> modal = ModalRenderer.render(route.modal(outcome.modal()));
            if (modal.isPresent()) {
                event.replyModal(modal.get()).queue();
                return;
            }
        }
        Message reply = outcome.reply() != null
                ? outcome.reply()
                : Message.privateReply(Text.of("⚠️ This form cannot be shown on Discord."));
        event.reply(MessageRenderer.render(reply))
                .setEphemeral(reply.ephemeral())
                .queue();
    }
}
