package dev.atelier.core.store;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.question.Knowledge;
import dev.atelier.core.question.PeerHelp;
import dev.atelier.core.question.QuestionStatus;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A question; its id is {@code communityId/number}; {@code mentorId} is kept flat for the mentor's
 * queue; {@code thread} and {@code peers.thread} are found by their {@code threadId}.
 */
@Document("questions")
record QuestionDocument(
        @Id String id,
        @Version Long version,
        String communityId,
        long number,
        long internshipNumber,
        String cohortName,
        Member asker,
        Member mentor,
        String mentorId,
        String text,
        Instant askedAt,
        QuestionStatus status,
        Instant firstReplyAt,
        String firstReplyBy,
        Instant resolvedAt,
        Knowledge knowledge,
        ThreadRef thread,
        PeerHelp peers) {}
