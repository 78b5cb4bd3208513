package dev.atelier.discord;

import dev.atelier.core.command.Caller;
import dev.atelier.core.message.Modal;
import dev.atelier.core.message.Outcome;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a pressed button or submitted modal acts, and the id to hand the core. In a server: the
 * interaction's guild and member, as {@link Callers} sees them (an id wrapped for DMs is accepted
 * there only when it names that same guild). In DMs, which have no guild, only a wrapped id works
 * (see {@link DirectRoutes}): its guild must still be reachable and the person still one of its
 * members, which also stops a forged id from acting in a server the person is not in.
 *
 * <p>A DM's member comes from the guild's cache when it is there; otherwise it is asked of Discord
 * with a queued REST call, never a blocking one, and the caller is handed on when Discord answers. A
 * button that shows a modal then answers from JDA's callback thread: within Discord's three seconds
 * unless Discord itself is that slow, and no timeout is set since a later answer could not be shown.
 */
final class InteractionRoute {

    static final String OTHER_SERVER = "⚠️ That button belongs to another server.";
    static final String SERVER_GONE = "⚠️ The server this button belongs to is no longer reachable by Atelier.";
    static final String NOT_A_MEMBER = "⚠️ You are not a member of the server this button belongs to.";
    static final String NO_ANSWER = "⚠️ Discord could not confirm that you are in the server this button belongs "
            + "to. Please try again in a moment.";
    private static final Logger log = LoggerFactory.getLogger(InteractionRoute.class);

    private final Callers callers;
    private final Interaction interaction;
    private final String actionId;
    private final String refusal;
    private final Guild guild;
    private final Member member;
    private final boolean direct;

    private InteractionRoute(
            Callers callers,
            Interaction interaction,
            String actionId,
            String refusal,
            Guild guild,
            Member member,
            boolean direct) {
        this.callers = callers;
        this.interaction = interaction;
        this.actionId = actionId;
        this.refusal = refusal;
        this.guild = guild;
        this.member = member;
        this.direct = direct;
    }

    /** The route of an interaction whose custom (button or modal) id is {@code customId}. */
    static InteractionRoute of(Callers callers, Interaction interaction, String customId) {
        Optional<DirectRoutes.Route> wrapped = DirectRoutes.unwrap(customId);
        String actionId = wrapped.map(DirectRoutes.Route::actionId).orElse(customId);
        Guild own = interaction.getGuild();
        if (own != null) {
            if (wrapped.isPresent() && !wrapped.get().guildId().equals(own.getId())) {
                return refused(OTHER_SERVER);
            }
            Member member = interaction.getMember();
            return member == null
                    ? refused(Callers.SERVER_ONLY)
                    : new InteractionRoute(callers, interaction, actionId, null, own, member, false);
        }
        if (wrapped.isEmpty()) {
            return refused(Callers.SERVER_ONLY);
        }
        Guild guild = ShardLookup.guild(interaction.getJDA(), wrapped.get().guildId());
        if (guild == null) {
            return refused(SERVER_GONE);
        }
        return new InteractionRoute(
                callers, interaction, actionId, null, guild, guild.getMember(interaction.getUser()), true);
    }

    private static InteractionRoute refused(String why) {
        return new InteractionRoute(null, null, null, why, null, null, false);
    }

    /** Why the interaction cannot act; null when it can. */
    String refusal() {
        return refusal;
    }

    /** The core's id: the custom id, unwrapped. */
    String actionId() {
        return actionId;
    }

    /** The modal to show for this press; from DMs, its id is wrapped too, so that its submission finds the guild. */
    Modal modal(Modal modal) {
        return direct ? new Modal(DirectRoutes.wrap(guild.getId(), modal.id()), modal.title(), modal.inputs()) : modal;
    }

    /** Hands the caller to {@code then}, at once when the member is known, or {@code refuse} why not. */
    void caller(Consumer<Caller> then, Consumer<String> refuse) {
        if (member != null) {
            then.accept(callers.of(guild, member, interaction.getChannelId()));
            return;
        }
        guild.retrieveMember(interaction.getUser())
                .queue(
                        retrieved -> then.accept(callers.of(guild, retrieved, interaction.getChannelId())),
                        failure -> refuse.accept(whyNot(failure)));
    }

    /**
     * Defers a private answer, then runs {@code run} as the caller on {@code workers} and fills the deferral
     * in with its outcome (a clear error when it fails; why not when the caller cannot be found).
     */
    void deferPrivately(IReplyCallback event, Executor workers, Function<Caller, Outcome> run) {
        event.deferReply(true).queue();
        InteractionHook hook = event.getHook();
        caller(
                caller -> workers.execute(() -> {
                    try {
                        OutcomeReplies.deliver(hook, run.apply(caller));
                    } catch (RuntimeException e) {
                        OutcomeReplies.deliverError(hook, e);
                    }
                }),
                refusal -> OutcomeReplies.refuse(hook, refusal));
    }

    private String whyNot(Throwable failure) {
        if (failure instanceof ErrorResponseException error
                && (error.getErrorResponse() == ErrorResponse.UNKNOWN_MEMBER
                        || error.getErrorResponse() == ErrorResponse.UNKNOWN_USER)) {
            return NOT_A_MEMBER;
        }
        log.warn("Could not look up a member of guild {} for a button in DMs: {}", guild.getId(), failure.toString());
        return NO_ANSWER;
    }
}
