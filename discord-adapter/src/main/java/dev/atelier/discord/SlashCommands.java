package dev.atelier.discord;

import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.message.ActionIds;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
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

/**
 * A slash command: defers (privately) at once, then runs {@code /name subcommand} through the core
 * on a worker thread and delivers the outcome. Options are handed over raw: a member as
 * {@code <@id|name>}, a channel as {@code <#id>}, anything else as typed. {@code /ask} without a
 * question opens the long-question form instead.
 */
final class SlashCommands {

    static final String BOTS_REFUSED = "⚠️ That is a bot. Bots cannot be interns, mentors or cohort members: "
            + "pick a person instead. Nothing was changed.";

    private static final String ASK = "ask";
    private static final String QUESTION = "question";

    private final Supplier<AtelierBot> bot;
    private final Callers callers;
    private final Executor workers;

    SlashCommands(Supplier<AtelierBot> bot, Callers callers, Executor workers) {
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
        String path = event.getSubcommandName() == null ? event.getName()
                : event.getName() + " " + event.getSubcommandName();
        if (mentionsABot(event)) {
            event.reply(BOTS_REFUSED).setEphemeral(true).queue();
            return;
        }
        Map<String, String> options = rawOptions(event);
        if (ASK.equals(path) && !options.containsKey(QUESTION)) {
            openAskForm(event, caller.get());
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
     * {@code /ask} without a question: the long-question form, which must be shown within Discord's
     * three seconds and cannot follow a defer, so the core is asked on this thread.
     */
    private void openAskForm(SlashCommandInteractionEvent event, Caller caller) {
        Outcome outcome = bot.get().press(caller, ActionIds.form(ASK, QUESTION));
        Optional<net.dv8tion.jda.api.modals.Modal> modal = outcome.isModal()
                ? ModalRenderer.render(outcome.modal()) : Optional.empty();
        if (modal.isPresent()) {
            event.replyModal(modal.get()).queue();
            return;
        }
        Message reply = outcome.reply() != null ? outcome.reply()
                : Message.privateReply("⚠️ The question form cannot be shown here; type `/ask question:...` instead.");
        event.reply(MessageRenderer.render(reply)).setEphemeral(reply.ephemeral()).queue();
    }

    /** A user option naming a bot (Atelier itself or another app): bots never take part in internships. */
    private static boolean mentionsABot(SlashCommandInteractionEvent event) {
        return event.getOptions().stream().anyMatch(option -> option.getType() == OptionType.USER
                && option.getAsUser() != null && option.getAsUser().isBot());
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
