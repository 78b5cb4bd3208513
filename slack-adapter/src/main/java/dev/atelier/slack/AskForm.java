package dev.atelier.slack;

import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.message.ActionIds;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The long-question form: the core's modal for {@code ask} (as behind an Ask button), opened with
 * views.open within the trigger's 3 seconds and prefilled with {@code text} when there is one (a
 * message the "Ask my mentor" shortcut was used on), cut to the input's limit. Submitting it is an
 * ordinary modal submission that asks the question.
 */
final class AskForm {

    static final String ASK = ActionIds.form("ask", "question");

    private final Supplier<AtelierBot> bot;
    private final SlackCalls calls;

    AskForm(Supplier<AtelierBot> bot, SlackCalls calls) {
        this.bot = bot;
        this.calls = calls;
    }

    /** Returns null when the form is open, else the reply to show the person instead. */
    Message open(Caller caller, String triggerId, String text) {
        Outcome outcome = bot.get().press(caller, ASK);
        if (!outcome.isModal()) {
            return outcome.reply();
        }
        Map<String, String> prefill = text == null || text.isBlank() ? Map.of() : Map.of("question", text.strip());
        try {
            calls.callOnce(
                    "views.open",
                    c -> c.viewsOpen(r ->
                            r.triggerId(triggerId).view(ModalView.of(outcome.modal(), caller.channelId(), prefill))));
            return null;
        } catch (SlackError e) {
            return Message.privateReply(Text.builder()
                    .plain(":hourglass: Slack closed the form before it opened (" + e.error()
                            + "). Please try again, or type ")
                    .command(CommandHint.of("ask").with("question", "your question"))
                    .plain(".")
                    .build());
        }
    }
}
