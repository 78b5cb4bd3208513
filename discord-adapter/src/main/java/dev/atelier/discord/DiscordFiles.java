package dev.atelier.discord;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.message.FileAttachment;
import dev.atelier.core.message.Message;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a message with a file attached to a member's DMs and waits (up to 20 seconds) to know whether it
 * arrived: a member who blocks DMs (error 50007) gets a download link instead.
 */
final class DiscordFiles {

    private static final Logger log = LoggerFactory.getLogger(DiscordFiles.class);
    private static final long WAIT_SECONDS = 20;

    private final Supplier<Optional<JDA>> jda;

    DiscordFiles(Supplier<Optional<JDA>> jda) {
        this.jda = jda;
    }

    boolean send(CommunityRef community, String memberId, Message message, FileAttachment file) {
        Optional<JDA> client = jda.get();
        if (client.isEmpty()) {
            return false;
        }
        CompletableFuture<Boolean> delivered = new CompletableFuture<>();
        try {
            MessageCreateData data = MessageRenderer.render(message, DirectRoutes.forGuild(community.externalId()));
            client.get()
                    .openPrivateChannelById(memberId)
                    .queue(
                            channel -> channel.sendMessage(data)
                                    .addFiles(FileUpload.fromData(file.content(), file.fileName()))
                                    .queue(
                                            sent -> delivered.complete(true),
                                            failure -> failed(delivered, community, failure)),
                            failure -> failed(delivered, community, failure));
            return delivered.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Could not send a file to a member's DMs in {}: {}", community.id(), e.toString());
            return false;
        }
    }

    private static void failed(CompletableFuture<Boolean> delivered, CommunityRef community, Throwable failure) {
        log.info("A member's DMs refused a file in {}: {}", community.id(), failure.toString());
        delivered.complete(false);
    }
}
