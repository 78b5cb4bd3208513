package dev.atelier.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Platform;
import dev.atelier.core.inbox.CommandReplies;
import dev.atelier.core.inbox.InboxCommand;
import dev.atelier.core.message.Message;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a stored {@code /atelier} command through its {@code response_url} (valid 30 minutes), as
 * Block Kit, ephemeral or in the channel as the core's reply says. Whether the member is a workspace
 * admin is looked up when the command runs, not when it is acknowledged.
 */
final class SlackReplies implements CommandReplies {

    private static final Logger log = LoggerFactory.getLogger(SlackReplies.class);

    private final Slack slack;
    private final Callers callers;

    SlackReplies(Slack slack, Callers callers) {
        this.slack = slack;
        this.callers = callers;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public Duration validity() {
        return Duration.ofMinutes(30);
    }

    @Override
    public Caller caller(InboxCommand command) {
        Caller stored = command.caller();
        return callers.of(
                stored.community().externalId(),
                stored.community().name(),
                stored.actor().id(),
                stored.actor().member().name(),
                stored.channelId());
    }

    @Override
    public boolean answer(InboxCommand command, Message reply) {
        SlashCommandResponse body = SlashCommandResponse.builder()
                .responseType(reply.ephemeral() ? "ephemeral" : "in_channel")
                .text(BlockKit.fallback(reply))
                .blocks(BlockKit.blocks(reply))
                .build();
        try {
            WebhookResponse response =
                    slack.send(command.replyTo(), GsonFactory.createSnakeCase().toJson(body));
            if (response.getCode() >= 200 && response.getCode() < 300) {
                return true;
            }
            log.info("Slack refused the answer to a command through its response_url (HTTP {})", response.getCode());
            return false;
        } catch (IOException e) {
            log.warn("Could not answer a command through its response_url: {}", e.toString());
            return false;
        }
    }
}
