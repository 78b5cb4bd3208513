package dev.atelier.discord;

import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
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

/**
 * A slash command: defers (privately) at once, then runs {@code /name subcommand} through the core
 * on a worker thread and delivers the outcome. Options are handed over raw: a member as
 * {@code <@id|name>}, a channel as {@code <#id>}, anything else as typed.
 */
final class SlashCommands {

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
        Map<String, String> options = rawOptions(event);
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
