package dev.atelier.core.store;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One check-in answer; the id is {@code communityId/internship/prompt}, so a second answer replaces the first. */
@Document("checkin_answers")
record CheckinAnswerDocument(
        @Id String id,
        String communityId,
        long internship,
        int prompt,
        String done,
        String blocks,
        String next,
        int confidence,
        Instant at) {}
