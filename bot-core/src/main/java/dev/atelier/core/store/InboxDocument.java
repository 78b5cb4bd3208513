package dev.atelier.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One received command; its id is the platform's delivery key, so a delivery is stored once. The
 * caller is kept as the platform gave it; {@code state} is PENDING, APPLIED (with {@code reply}) or
 * ANSWERED ({@code done}).
 */
@Document("command_inbox")
record InboxDocument(
        @Id String id,
        String lane,
        long ordinal,
        String platform,
        String externalId,
        String communityName,
        String memberId,
        String memberName,
        boolean platformModerator,
        String channelId,
        String line,
        String path,
        Map<String, String> options,
        String replyTo,
        Instant receivedAt,
        String state,
        boolean done,
        Reply reply,
        Instant appliedAt,
        Instant answeredAt,
        String answeredBy) {

    /**
     * A stored reply: the core's message, field by field. {@code body} and a field's {@code spans}
     * keep its text span by span; replies stored before them kept {@code text} and {@code value}
     * in the core's light markup.
     */
    record Reply(
            String title,
            String text,
            List<TextDocuments.SpanDocument> body,
            List<ReplyField> fields,
            List<ReplyButton> buttons,
            List<ReplySelect> selects,
            boolean ephemeral) {}

    record ReplyField(String name, String value, List<TextDocuments.SpanDocument> spans, boolean inline) {}

    record ReplySelect(String placeholder, String command, String option, List<ReplyChoice> choices) {}

    record ReplyChoice(String label, String value) {}

    record ReplyButton(String label, String style, String command, List<String> ask) {}
}
