package dev.atelier.core.store;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One received command; its id is the platform's delivery key, so a delivery is stored once. The
 * caller is kept as the platform gave it; {@code state} is PENDING, APPLIED (with {@code reply}) or
 * ANSWERED ({@code done}); the reply is stored as a {@link MessageDocument}.
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
        MessageDocument reply,
        Instant appliedAt,
        Instant answeredAt,
        String answeredBy) {}
