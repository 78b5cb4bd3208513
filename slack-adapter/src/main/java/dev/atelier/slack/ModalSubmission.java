package dev.atelier.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A submitted modal of ours ({@code view_submission} with a callback id starting {@code m|}):
 * reads the inputs from {@code view.state.values}, closes the modal with the ack, runs the
 * submission in the core, and shows the result to the submitter ephemerally in the channel
 * the modal came from ({@code private_metadata}), or in a DM.
 */
final class ModalSubmission implements ViewSubmissionHandler {

    static final Pattern CALLBACK_IDS = Pattern.compile("^m\\|.*");

    private static final Logger log = LoggerFactory.getLogger(ModalSubmission.class);

    private final Supplier<AtelierBot> bot;
    private final Callers callers;
    private final Messenger messenger;
    private final Work work;

    ModalSubmission(Supplier<AtelierBot> bot, Callers callers, Messenger messenger, Work work) {
        this.bot = bot;
        this.callers = callers;
        this.messenger = messenger;
        this.work = work;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext context) {
        ViewSubmissionPayload payload = request.getPayload();
        work.later("modal", () -> submit(payload));
        return context.ack();
    }

    private void submit(ViewSubmissionPayload payload) {
        View view = payload.getView();
        Map<String, String> values = ModalView.values(view);
        String channelId = view.getPrivateMetadata();
        String userId = payload.getUser().getId();
        String userName = payload.getUser().getUsername() != null
                ? payload.getUser().getUsername()
                : payload.getUser().getName();
        Caller caller =
                callers.of(payload.getTeam().getId(), payload.getTeam().getDomain(), userId, userName, channelId);
        Outcome outcome = bot.get().submitModal(caller, view.getCallbackId(), values);
        if (outcome.isModal()) {
            log.warn(
                    "A modal submission answered with another modal; not shown ({})",
                    LogSafe.text(view.getCallbackId()));
            return;
        }
        Message reply = outcome.reply();
        try {
            messenger.privately(channelId, userId, reply);
        } catch (SlackError e) {
            log.warn("Could not show {} the result of their form: {}", LogSafe.text(userId), e.getMessage());
        }
    }
}
