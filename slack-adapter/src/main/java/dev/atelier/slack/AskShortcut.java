package dev.atelier.slack;

import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.handler.builtin.MessageShortcutHandler;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import dev.atelier.core.command.Caller;
import dev.atelier.core.message.Message;

/**
 * The "Ask my mentor" message shortcut ({@code message_action}, callback id {@code ask_mentor}):
 * acknowledges, then opens the long-question form prefilled with the message's text; the intern
 * edits or adds to it and submits. Problems are told to the intern privately.
 */
final class AskShortcut implements MessageShortcutHandler {

    static final String CALLBACK_ID = "ask_mentor";

    private final Callers callers;
    private final AskForm form;
    private final Messenger messenger;
    private final Work work;

    AskShortcut(Callers callers, AskForm form, Messenger messenger, Work work) {
        this.callers = callers;
        this.form = form;
        this.messenger = messenger;
        this.work = work;
    }

    @Override
    public Response apply(MessageShortcutRequest request, MessageShortcutContext context) {
        MessageShortcutPayload payload = request.getPayload();
        work.later("shortcut", () -> open(payload));
        return context.ack();
    }

    private void open(MessageShortcutPayload payload) {
        String channelId =
                payload.getChannel() == null ? null : payload.getChannel().getId();
        String userId = payload.getUser().getId();
        Caller caller = callers.of(
                payload.getTeam().getId(),
                payload.getTeam().getDomain(),
                userId,
                payload.getUser().getName(),
                channelId);
        String text = payload.getMessage() == null ? null : payload.getMessage().getText();
        Message refusal = form.open(caller, payload.getTriggerId(), text);
        if (refusal != null) {
            try {
                messenger.privately(channelId, userId, refusal);
            } catch (SlackError e) {
                // nothing else reaches them
            }
        }
    }
}
