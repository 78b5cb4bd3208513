package dev.atelier.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * An interaction hook that records what the adapter sends through it: edits of the deferred
 * (private) reply, and follow-ups with their visibility.
 */
final class RecordingHook {

    final InteractionHook hook = mock(InteractionHook.class);
    final List<String> privateReplies = new ArrayList<>();
    final List<MessageEditData> edits = new ArrayList<>();
    final List<MessageCreateData> publicMessages = new ArrayList<>();

    @SuppressWarnings("unchecked")
    RecordingHook() {
        when(hook.editOriginal(any(MessageEditData.class))).thenAnswer(invocation -> {
            MessageEditData data = invocation.getArgument(0);
            edits.add(data);
            privateReplies.add(text(data));
            return RestActions.succeeding(WebhookMessageEditAction.class, null);
        });
        when(hook.editOriginal(anyString())).thenAnswer(invocation -> {
            privateReplies.add(invocation.getArgument(0));
            return RestActions.succeeding(WebhookMessageEditAction.class, null);
        });
        when(hook.sendMessage(any(MessageCreateData.class))).thenAnswer(invocation -> {
            MessageCreateData data = invocation.getArgument(0);
            WebhookMessageCreateAction<Object> action = RestActions.succeeding(WebhookMessageCreateAction.class, null);
            when(action.setEphemeral(anyBoolean())).thenAnswer(set -> {
                if (!(boolean) set.getArgument(0)) {
                    publicMessages.add(data);
                }
                return action;
            });
            return action;
        });
    }

    String lastPrivateReply() {
        return privateReplies.isEmpty() ? null : privateReplies.get(privateReplies.size() - 1);
    }

    /** Content, embed titles, descriptions and fields of a message, as one text. */
    static String text(MessageData data) {
        String content =
                data instanceof MessageCreateData create ? create.getContent() : ((MessageEditData) data).getContent();
        List<MessageEmbed> embeds =
                data instanceof MessageCreateData create ? create.getEmbeds() : ((MessageEditData) data).getEmbeds();
        return Stream.concat(
                        Stream.of(content),
                        embeds.stream()
                                .flatMap(embed -> Stream.concat(
                                        Stream.of(embed.getTitle(), embed.getDescription()),
                                        embed.getFields().stream()
                                                .map(field -> field.getName() + ": " + field.getValue()))))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining("\n"));
    }
}
