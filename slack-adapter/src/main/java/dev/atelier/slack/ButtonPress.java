package dev.atelier.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A press on one of our buttons ({@code block_actions} with an action id starting {@code a|}):
 * acknowledges, presses it in the core, then opens the modal the core asks for (views.open with
 * the trigger id, which lives 3 seconds; the channel goes into {@code private_metadata}) or
 * answers the presser ephemerally through the action's {@code response_url}. A press whose
 * {@code response_url} is not Slack's is acknowledged and ignored.
 */
final class ButtonPress implements BlockActionHandler {

    static final Pattern ACTION_IDS = Pattern.compile("^a\\|.*");

    private static final Logger log = LoggerFactory.getLogger(ButtonPress.class);

    private final Supplier<AtelierBot> bot;
    private final Callers callers;
    private final SlackCalls calls;
    private final Messenger messenger;
    private final Work work;
    private final ResponseUrls responseUrls;

    ButtonPress(
            Supplier<AtelierBot> bot,
            Callers callers,
            SlackCalls calls,
            Messenger messenger,
            Work work,
            ResponseUrls responseUrls) {
        this.bot = bot;
        this.callers = callers;
        this.calls = calls;
        this.messenger = messenger;
        this.work = work;
        this.responseUrls = responseUrls;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        BlockActions.ours(payload, ACTION_IDS, responseUrls)
                .map(BlockActionPayload.Action::getActionId)
                .ifPresent(actionId -> work.later("button", () -> press(payload, actionId, context)));
        return context.ack();
    }

    private void press(BlockActionPayload payload, String actionId, ActionContext context) {
        String channelId = BlockActions.channelOf(payload);
        Caller caller = BlockActions.caller(callers, payload);
        Outcome outcome = bot.get().press(caller, actionId);
        if (outcome.isModal()) {
            try {
                calls.callOnce(
                        "views.open",
                        c -> c.viewsOpen(r ->
                                r.triggerId(payload.getTriggerId()).view(ModalView.of(outcome.modal(), channelId))));
                return;
            } catch (SlackError e) {
                log.warn("Could not open the modal for {}: {}", LogSafe.text(actionId), e.getMessage());
                BlockActions.reply(
                        messenger,
                        payload,
                        context,
                        Message.privateReply(
                                Text.of(
                                        ":hourglass: That took too long and Slack closed the form. Please press the button again.")),
                        "button");
                return;
            }
        }
        BlockActions.reply(messenger, payload, context, outcome.reply(), "button");
    }
}
