package dev.atelier.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import dev.atelier.core.command.Caller;
import dev.atelier.core.message.Message;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What buttons and menus on a message share: who acted, in which channel, and the private answer (through
 * the action's {@code response_url}, or as an ephemeral message when that fails or is missing).
 */
final class BlockActions {

    private static final Logger log = LoggerFactory.getLogger(BlockActions.class);

    private BlockActions() {}

    /**
     * The first of the payload's actions whose id matches {@code actionIds}; none when the payload's {@code
     * response_url} is not Slack's (such a payload is acknowledged and ignored).
     */
    static Optional<BlockActionPayload.Action> ours(
            BlockActionPayload payload, Pattern actionIds, ResponseUrls responseUrls) {
        if (!responseUrls.allowed(payload.getResponseUrl())) {
            return Optional.empty();
        }
        return payload.getActions().stream()
                .filter(a -> a.getActionId() != null
                        && actionIds.matcher(a.getActionId()).matches())
                .findFirst();
    }

    /** The person who pressed or chose, in the channel of the message. */
    static Caller caller(Callers callers, BlockActionPayload payload) {
        BlockActionPayload.User user = payload.getUser();
        return callers.of(
                payload.getTeam().getId(),
                payload.getTeam().getDomain(),
                user.getId(),
                user.getUsername() != null ? user.getUsername() : user.getName(),
                channelOf(payload));
    }

    /** The channel of the message the action is on (the container's for messages in the App Home or a DM). */
    static String channelOf(BlockActionPayload payload) {
        if (payload.getChannel() != null && payload.getChannel().getId() != null) {
            return payload.getChannel().getId();
        }
        return payload.getContainer() == null ? null : payload.getContainer().getChannelId();
    }

    /** Answers the person privately; {@code what} names the action in a log line if the answer fails. */
    static void reply(
            Messenger messenger, BlockActionPayload payload, ActionContext context, Message message, String what) {
        if (payload.getResponseUrl() != null) {
            try {
                context.respond(ActionResponse.builder()
                        .responseType("ephemeral")
                        .replaceOriginal(false)
                        .text(BlockKit.fallback(message))
                        .blocks(BlockKit.blocks(message))
                        .build());
                return;
            } catch (IOException e) {
                log.warn("Could not answer a {} through response_url: {}", what, e.getMessage());
            }
        }
        messenger.privately(channelOf(payload), payload.getUser().getId(), message);
    }
}
