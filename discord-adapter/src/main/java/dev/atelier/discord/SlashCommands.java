package dev.atelier.discord;

import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.inbox.Inbox;
import dev.atelier.core.inbox.InboxCommand;
import dev.atelier.core.message.ActionIds;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A slash command: stores it in the inbox and defers (privately); the inbox workers run
 * {@code /name subcommand} through the core and answer through the interaction (without an inbox,
 * in adapter tests, it runs on a worker thread after the deferral). Options are handed over raw: a member as
 * {@code <@id|name>}, a channel as {@code <#id>}, anything else as typed. {@code /ask} without a
 * question opens the long-question form instead.
 */
final class SlashCommands {

    static final String NOT_STORED =
            "❌ Atelier could not take this command just now, so nothing was done. " + "Please try again in a moment.";
    private static final Logger log = LoggerFactory.getLogger(SlashCommands.class);
    static final String BOTS_REFUSED = "⚠️ That is a bot. Bots cannot be interns, mentors or cohort members: "
            + "pick a person instead. Nothing was changed.";

    private static final String ASK = "ask";
    private static final String QUESTION = "question";

    private final Supplier<AtelierBot> bot;
    private final Callers callers;
    private final Executor workers;
    private final Supplier<Inbox> inbox;
    private final Clock clock;

    SlashCommands(Supplier<AtelierBot> bot, Callers callers, Executor workers) {
        this(bot, callers, workers, () -> null, Clock.systemUTC());
    }

    SlashCommands(Supplier<AtelierBot> bot, Callers callers, Executor workers, Supplier<Inbox> inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
        this.bot = bot;
        this.callers = callers;
        this.workers = workers;
    }

    void handle(SlashCommandInteractionEvent event) {
        Optional<Caller> caller = callers.of(event);
        if (caller.isEmpty()) {
            event.reply(Callers.SERVER_ONLY).setEphemeral(true).queue();
            return;
        }
        String path =
                event.getSubcommandName() == null ? event.getName() : event.getName() + " " + event.getSubcommandName();
        if (mentionsABot(event)) {
            event.reply(BOTS_REFUSED).setEphemeral(true).queue();
            return;
        }
        Map<String, String> options = rawOptions(event);
        if (ASK.equals(path) && !options.containsKey(QUESTION)) {
            openAskForm(event, caller.get());
            return;
        }
        Inbox stored = inbox.get();
        if (stored != null) {
            store(stored, event, caller.get(), path, options);
            return;
        }
        event.deferReply(true).queue();
        InteractionHook hook = event.getHook();
        workers.execute(() -> {
            try {
                OutcomeReplies.deliver(hook, bot.get().run(caller.get(), path, options));
            } catch (RuntimeException e) {
                OutcomeReplies.deliverError(hook, e);
            }
        });
    }

    /**
     * Stores the command under its interaction id (a duplicate delivery is stored once) before
     * deferring; the inbox workers answer through the interaction's token. When the store cannot take
     * it, the person is told at once and nothing runs.
     */
    private void store(
            Inbox stored, SlashCommandInteractionEvent event, Caller caller, String path, Map<String, String> options) {
        try {
            stored.accept(InboxCommand.options(
                    "discord:" + event.getId(), caller, path, options, event.getToken(), clock.instant()));
        } catch (RuntimeException e) {
            log.error("Could not store /{} from {}: {}", path, caller.actor().id(), e.toString());
            event.reply(NOT_STORED).setEphemeral(true).queue();
            return;
        }
        event.deferReply(true).queue();
    }

    /**
     * {@code /ask} without a question: the long-question form, which must be shown within Discord's
     * three seconds and cannot follow a defer, so the core is asked on this thread.
     */
    private void openAskForm(SlashCommandInteractionEvent event, Caller caller) {
        Outcome outcome = bot.get().press(caller, ActionIds.form(ASK, QUESTION));
        Optional<net.dv8tion.jda.api.modals.Modal> modal =
                outcome.isModal() ? ModalRenderer.render(outcome.modal()) : Optional.empty();
        if (modal.isPresent()) {
            event.replyModal(modal.get()).queue();
            return;
        }
        Message reply = outcome.reply() != null
                ? outcome.reply()
                : Message.privateReply(Text.builder()
                        .plain("⚠️ The question form cannot be shown here; type ")
                        .command(CommandHint.of("ask").placeholder("question"))
                        .plain(" instead.")
                        .build());
        event.reply(MessageRenderer.render(reply))
                .setEphemeral(reply.ephemeral())
                .queue();
    }

    /** A user option naming a bot (Atelier itself or another app): bots never take part in internships. */
    private static boolean mentionsABot(SlashCommandInteractionEvent event) {
        return event.getOptions().stream()
                .anyMatch(option -> option.getType() == OptionType.USER
                        && option.getAsUser() != null
                        && option.getAsUser().isBot());
    }

    static Map<String, String> rawOptions(SlashCommandInteractionEvent event) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (OptionMapping option : event.getOptions()) {
            raw.put(option.getName(), raw(option));
        }
        return raw;
    }

    private static String raw(OptionMapping option) {
        return switch (option.getType()) {
            case USER -> member(option);
            case CHANNEL -> "<#" + option.getAsChannel().getId() + ">";
            default -> option.getAsString();
        };
    }

    private static String member(OptionMapping option) {
        Member member = option.getAsMember();
        User user = option.getAsUser();
        String name = member != null ? member.getEffectiveName() : user.getEffectiveName();
        return "<@" + user.getId() + "|" + name.replaceAll("[|>]", "") + ">";
    }
}
