package dev.atelier.discord;

import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers an outcome through the hook of an interaction deferred as ephemeral. Whether the core's
 * reply is public is only known afterwards, so: a private reply replaces the deferred "thinking"
 * message; a public reply first turns that message into a short private confirmation (Discord makes
 * the first follow-up of a deferral an edit of it, with the deferral's visibility) and then posts the
 * reply as a public follow-up, which Discord shows as an answer to the person's command. Should the
 * public follow-up fail, the reply is shown privately instead.
 */
final class OutcomeReplies {

    static final String POSTED = ":white_check_mark: Done, posted in the channel.";
    static final String NEEDS_FORM = "ℹ️ This needs a form: press the button again to open it.";
    private static final Logger log = LoggerFactory.getLogger(OutcomeReplies.class);

    private OutcomeReplies() {}

    static void deliver(InteractionHook hook, Outcome outcome) {
        Message reply = outcome.isModal() || outcome.reply() == null
                ? Message.privateReply(Text.of(NEEDS_FORM))
                : outcome.reply();
        if (reply.ephemeral()) {
            hook.editOriginal(MessageRenderer.renderEdit(reply)).queue(ok -> {}, failure -> logFailure(failure));
            return;
        }
        hook.editOriginal(POSTED)
                .queue(
                        ok -> hook.sendMessage(MessageRenderer.render(reply))
                                .setEphemeral(false)
                                .queue(sent -> {}, failure -> showPrivately(hook, reply, failure)),
                        failure -> logFailure(failure));
    }

    /** Something broke before the core answered; the person still gets an answer. */
    static void deliverError(InteractionHook hook, RuntimeException error) {
        log.error("Discord interaction failed", error);
        hook.editOriginal("❌ Something went wrong on our side. Please try again in a moment.")
                .queue(ok -> {}, failure -> logFailure(failure));
    }

    /** The interaction cannot act (see {@link InteractionRoute}); the person is told why. */
    static void refuse(InteractionHook hook, String why) {
        hook.editOriginal(why).queue(ok -> {}, failure -> logFailure(failure));
    }

    private static void showPrivately(InteractionHook hook, Message reply, Throwable failure) {
        log.warn("Public reply could not be posted ({}); showing it privately", failure.toString());
        hook.editOriginal(MessageRenderer.renderEdit(reply)).queue(ok -> {}, again -> logFailure(again));
    }

    private static void logFailure(Throwable failure) {
        log.warn("Could not answer a Discord interaction: {}", failure.toString());
    }
}
