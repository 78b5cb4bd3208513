package dev.atelier.core.store;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How many messages one internship exchanged, in all and by week (Monday, UTC), and when the latest
 * was posted; its id is {@code communityId/internshipNumber}.
 */
@Document("message_counts")
record MessageCountDocument(
        @Id String id,
        String communityId,
        long internshipNumber,
        long messages,
        Map<String, Long> weeks,
        Instant lastAt) {}
