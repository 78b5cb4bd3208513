package dev.atelier.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.message.Message;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code app_home_opened} on the Home tab: acknowledges, then publishes the viewer's home
 * (the core's {@code home}: their internships and questions, their mentor queue, cohort figures
 * for moderators) with views.publish.
 */
final class AppHome implements BoltEventHandler<AppHomeOpenedEvent> {

    private static final Logger log = LoggerFactory.getLogger(AppHome.class);

    private final Supplier<AtelierBot> bot;
    private final Callers callers;
    private final SlackCalls calls;
    private final Work work;

    AppHome(Supplier<AtelierBot> bot, Callers callers, SlackCalls calls, Work work) {
        this.bot = bot;
        this.callers = callers;
        this.calls = calls;
        this.work = work;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext context) {
        AppHomeOpenedEvent event = payload.getEvent();
        if (event.getUser() != null && (event.getTab() == null || "home".equals(event.getTab()))) {
            work.later("home", () -> publish(payload.getTeamId(), event.getUser()));
        }
        return context.ack();
    }

    private void publish(String teamId, String userId) {
        Caller caller = callers.of(teamId, null, userId, null, null);
        Message home = bot.get().run(caller, "home").reply();
        View view = View.builder().type("home").blocks(BlockKit.blocks(home)).build();
        try {
            calls.call(
                    "views.publish", c -> c.viewsPublish(r -> r.userId(userId).view(view)));
        } catch (SlackError e) {
            log.warn(
                    "Could not publish the Home tab of {} in {}: {}",
                    LogSafe.text(userId),
                    LogSafe.text(teamId),
                    e.getMessage());
        }
    }
}
