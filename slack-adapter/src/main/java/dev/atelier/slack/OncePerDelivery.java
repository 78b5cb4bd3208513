package dev.atelier.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.MessageShortcutHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.Request;
import com.slack.api.model.event.Event;
import dev.atelier.core.delivery.Deliveries;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lets each interaction that creates something act once, over HTTP and Socket Mode alike: a form
 * submission by its view id, a button press by its {@code trigger_id} and {@code action_ts}, a
 * message shortcut by its {@code trigger_id} and {@code action_ts}, an event by its {@code event_id} (Slack's retries,
 * sent with {@code X-Slack-Retry-Num}, carry the same one). A delivery seen before is acknowledged
 * and goes no further. Wraps the handlers; Bolt's middleware list cannot be extended before the
 * app's first request without calling Slack.
 */
final class OncePerDelivery {

    private final Supplier<Deliveries> deliveries;

    OncePerDelivery(Supplier<Deliveries> deliveries) {
        this.deliveries = deliveries;
    }

    ViewSubmissionHandler submissions(ViewSubmissionHandler handler) {
        return (req, ctx) -> {
            var view = req.getPayload().getView();
            return first(req, view == null ? null : "view:" + view.getId()) ? handler.apply(req, ctx) : ctx.ack();
        };
    }

    BlockActionHandler presses(BlockActionHandler handler) {
        return (req, ctx) -> {
            BlockActionPayload payload = req.getPayload();
            List<BlockActionPayload.Action> actions = payload.getActions();
            String actionTs =
                    actions == null || actions.isEmpty() ? null : actions.get(0).getActionTs();
            String key = payload.getTriggerId() == null ? null : "action:" + payload.getTriggerId() + ":" + actionTs;
            return first(req, key) ? handler.apply(req, ctx) : ctx.ack();
        };
    }

    MessageShortcutHandler shortcuts(MessageShortcutHandler handler) {
        return (req, ctx) -> {
            String trigger = req.getPayload().getTriggerId();
            String key = trigger == null
                    ? null
                    : "shortcut:" + trigger + ":" + req.getPayload().getActionTs();
            return first(req, key) ? handler.apply(req, ctx) : ctx.ack();
        };
    }

    <E extends Event> BoltEventHandler<E> events(BoltEventHandler<E> handler) {
        return (payload, ctx) -> {
            String key = payload.getEventId() == null ? null : "event:" + payload.getEventId();
            return firstIn(communityOf(payload), key) ? handler.apply(payload, ctx) : ctx.ack();
        };
    }

    private boolean first(Request<?> req, String key) {
        String teamId = req.getContext().getTeamId();
        String community = teamId != null ? teamId : req.getContext().getEnterpriseId();
        return firstIn(community, key);
    }

    private boolean firstIn(String community, String key) {
        if (key == null) {
            return true;
        }
        return deliveries.get().firstTime(community == null ? "slack" : community, key, Deliveries.INTERACTIONS);
    }

    private static String communityOf(EventsApiPayload<?> payload) {
        return payload.getTeamId() != null ? payload.getTeamId() : payload.getEnterpriseId();
    }
}
