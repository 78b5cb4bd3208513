package dev.atelier.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.message.Message;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A choice in one of our menus on a message ({@code block_actions} from a {@code static_select} whose
 * action id starts {@code s|}, see {@link dev.atelier.core.message.Select}): acknowledges, runs the
 * choice in the core as the person who chose, and answers them ephemerally through the action's
 * {@code response_url}. Menus inside forms are read with the form, not here.
 */
final class MenuChoice implements BlockActionHandler {

    static final Pattern ACTION_IDS = Pattern.compile("^s\\|.*");

    private final Supplier<AtelierBot> bot;
    private final Callers callers;
    private final Messenger messenger;
    private final Work work;
    private final ResponseUrls responseUrls;

    MenuChoice(Supplier<AtelierBot> bot, Callers callers, Messenger messenger, Work work, ResponseUrls responseUrls) {
        this.bot = bot;
        this.callers = callers;
        this.messenger = messenger;
        this.work = work;
        this.responseUrls = responseUrls;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        BlockActions.ours(payload, ACTION_IDS, responseUrls)
                .ifPresent(action -> work.later("menu", () -> choose(payload, action, context)));
        return context.ack();
    }

    private void choose(BlockActionPayload payload, BlockActionPayload.Action action, ActionContext context) {
        Caller caller = BlockActions.caller(callers, payload);
        String value = action.getSelectedOption() == null
                ? null
                : action.getSelectedOption().getValue();
        Message reply = bot.get().choose(caller, action.getActionId(), value).reply();
        if (reply != null) {
            BlockActions.reply(messenger, payload, context, reply, "menu choice");
        }
    }
}
