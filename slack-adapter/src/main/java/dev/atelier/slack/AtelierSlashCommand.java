package dev.atelier.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import java.io.IOException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /atelier <command> ...}: acknowledges at once with an empty body, then runs the line
 * through the core on the work pool (an empty line is the core's {@code help}) and answers through the command's {@code response_url}
 * (ephemeral or in the channel, as the core's reply says). {@code ask} without a question opens
 * the long-question form instead. A command whose {@code response_url} is not Slack's is refused in
 * the ack; one that names a bot where a person belongs is refused before the core sees it.
 */
final class AtelierSlashCommand implements SlashCommandHandler {

    /** {@code /atelier}, and {@code /atelier-dev} style copies for a development app. */
    static final Pattern COMMANDS = Pattern.compile("^/atelier(-[a-z0-9_-]+)?$");

    private static final Logger log = LoggerFactory.getLogger(AtelierSlashCommand.class);

    private final Supplier<AtelierBot> bot;
    private final Callers callers;
    private final Work work;
    private final AskForm askForm;
    private final ResponseUrls responseUrls;

    AtelierSlashCommand(Supplier<AtelierBot> bot, Callers callers, Work work, AskForm askForm,
                        ResponseUrls responseUrls) {
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
        work.later("command", () -> answer(payload, context));
        return context.ack();
    }

    private void answer(SlashCommandPayload payload, SlashCommandContext context) {
        Message reply;
        try {
            reply = run(payload);
        } catch (RuntimeException e) {
            log.error("/atelier failed for {} in {}", LogSafe.text(payload.getUserId()), LogSafe.text(payload.getTeamId()),
                    e);
            reply = Message.privateReply("❌ Something went wrong on our side. Please try again in a moment.");
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
        String text = SlackText.commandText(payload.getText());
        String line = text == null || text.isBlank() ? "help" : text.strip();
        Caller caller = callers.of(payload.getTeamId(), payload.getTeamDomain(), payload.getUserId(),
                payload.getUserName(), payload.getChannelId());
        if (callers.mentionsABot(payload.getTeamId(), line)) {
            return Message.privateReply(Callers.BOTS_REFUSED);
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
