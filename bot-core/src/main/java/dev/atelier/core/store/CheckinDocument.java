package dev.atelier.core.store;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The check-ins of one internship; the id is {@code communityId/internship number}. {@code open} is
 * true while the latest prompt waits for an answer, so expired prompts are found by one query.
 */
@Document("checkins")
record CheckinDocument(
        @Id String id,
        String communityId,
        String platform,
        String externalId,
        String communityName,
        long internship,
        String internId,
        List<String> days,
        String time,
        int quietFrom,
        int quietTo,
        Instant nextDue,
        Integer promptNumber,
        Instant promptSentAt,
        boolean open,
        boolean missed,
        AnswerDocument answer,
        int missedInRow,
        int lowBefore,
        @Version Long version) {

    /** The latest answer to the latest prompt. */
    record AnswerDocument(String done, String blocks, String next, int confidence, Instant at) {}
}
