package dev.atelier.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.inbox.Inbox;
import dev.atelier.core.inbox.InboxCommand;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import java.io.IOException;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /atelier <command> ...}: stores the command durably in the inbox under its {@code trigger_id}
 * (a duplicate delivery is stored once), then acknowledges with an empty body; the inbox workers run
 * the line through the core (an empty line is the core's {@code help}) and answer through the
 * command's {@code response_url} (ephemeral or in the channel, as the core's reply says). When the
 * store cannot take it, the ack says so and nothing runs. Without an inbox (adapter tests), the line
 * runs on the work pool after the ack. {@code ask} without a question opens the long-question form
 * at once instead (a trigger lives 3 seconds). A command whose {@code response_url} is not Slack's is
 * refused in the ack; one that names a bot where a person belongs is refused before the core sees it.
 */
final class AtelierSlashCommand implements SlashCommandHandler {

    /** {@code /atelier}, and {@code /atelier-dev} style copies for a development app. */
    static final Pattern COMMANDS = Pattern.compile("^/atelier(-[a-z0-9_-]+)?$");

    static final String NOT_STORED =
            "❌ Atelier could not take this command just now, so nothing was done. " + "Please try again in a moment.";
    private static final Logger log = LoggerFactory.getLogger(AtelierSlashCommand.class);

    private final Supplier<AtelierBot> bot;
    private final Callers callers;
    private final Work work;
    private final AskForm askForm;
    private final Supplier<Inbox> inbox;
    private final Clock clock;
    private final ResponseUrls responseUrls;

    AtelierSlashCommand(
            Supplier<AtelierBot> bot, Callers callers, Work work, AskForm askForm, ResponseUrls responseUrls) {
        this(bot, callers, work, askForm, responseUrls, () -> null, Clock.systemUTC());
    }

    AtelierSlashCommand(
            Supplier<AtelierBot> bot,
            Callers callers,
            Work work,
            AskForm askForm,
            ResponseUrls responseUrls,
            Supplier<Inbox> inbox,
            Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
        this.bot = bot;
        this.callers = callers;
        this.work = work;
        this.askForm = askForm;
        this.responseUrls = responseUrls;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload payload = request.getPayload();
        if (!responseUrls.allowed(payload.getResponseUrl())) {
            return context.ack(ResponseUrls.REFUSED);
        }
        Inbox stored = inbox.get();
        if (stored == null || lineOf(payload).equalsIgnoreCase("ask")) {
            work.later("command", () -> answer(payload, context));
            return context.ack();
        }
        if (callers.mentionsABot(payload.getTeamId(), lineOf(payload))) {
            return context.ack(Callers.BOTS_REFUSED);
        }
        try {
            stored.accept(InboxCommand.line(
                    deliveryKey(payload),
                    storedCaller(payload),
                    lineOf(payload),
                    payload.getResponseUrl(),
                    clock.instant()));
        } catch (RuntimeException e) {
            log.error(
                    "Could not store /atelier from {} in {}: {}",
                    payload.getUserId(),
                    payload.getTeamId(),
                    e.toString());
            return context.ack(NOT_STORED);
        }
        return context.ack();
    }

    /** Slack's {@code trigger_id} names one delivery; without one, the delivery cannot be recognised again. */
    private static String deliveryKey(SlashCommandPayload payload) {
        String trigger = payload.getTriggerId();
        return "slack:" + payload.getTeamId() + ":"
                + (trigger == null || trigger.isBlank() ? "no-trigger-" + UUID.randomUUID() : trigger);
    }

    /** Who asked, as the payload says; whether they are an admin is looked up when the command runs. */
    private static Caller storedCaller(SlashCommandPayload payload) {
        String channel = payload.getChannelId();
        return new Caller(
                new CommunityRef(Platform.SLACK, payload.getTeamId(), payload.getTeamDomain()),
                new Actor(new Member(payload.getUserId(), payload.getUserName()), false),
                channel == null || channel.isBlank() ? null : channel);
    }

    private static String lineOf(SlashCommandPayload payload) {
        String text = SlackText.commandText(payload.getText());
        return text == null || text.isBlank() ? "help" : text.strip();
    }

    private void answer(SlashCommandPayload payload, SlashCommandContext context) {
        Message reply;
        try {
            reply = run(payload);
        } catch (RuntimeException e) {
            log.error(
                    "/atelier failed for {} in {}",
                    LogSafe.text(payload.getUserId()),
                    LogSafe.text(payload.getTeamId()),
                    e);
            reply = Message.privateReply(Text.of("❌ Something went wrong on our side. Please try again in a moment."));
        }
        if (reply == null) {
            return;
        }
        try {
            context.respond(SlashCommandResponse.builder()
                    .responseType(reply.ephemeral() ? "ephemeral" : "in_channel")
                    .text(BlockKit.fallback(reply))
                    .blocks(BlockKit.blocks(reply))
                    .build());
        } catch (IOException e) {
            log.warn("Could not answer /atelier through response_url: {}", e.getMessage());
        }
    }

    private Message run(SlashCommandPayload payload) {
        String line = lineOf(payload);
        Caller caller = callers.of(
                payload.getTeamId(),
                payload.getTeamDomain(),
                payload.getUserId(),
                payload.getUserName(),
                payload.getChannelId());
        if (callers.mentionsABot(payload.getTeamId(), line)) {
            return Message.privateReply(Text.of(Callers.BOTS_REFUSED));
        }
        if (line.equalsIgnoreCase("ask")) {
            return askForm.open(caller, payload.getTriggerId(), null);
        }
        Outcome outcome = bot.get().run(caller, line);
        if (outcome.isModal()) {
            log.warn("/atelier {} answered with a modal; commands cannot open one after the ack", LogSafe.text(line));
            return null;
        }
        return outcome.reply();
    }
}
