package dev.atelier.core.store;

import dev.atelier.core.message.Living;
import dev.atelier.core.message.Message;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One outbox item: {@code lane} and {@code seq} (its place in the lane), where it goes ({@code toKind}
 * {@code c} for a channel, {@code d} for a member's DMs), its message, its expiry, its attempts and
 * state ({@code PENDING}, {@code DELIVERED} with the platform's message id, {@code DROPPED} with the reason),
 * and for a living message the key its reference is kept under or the message it edits.
 */
@Document("outbox")
record OutboxItemDocument(
        @Id String id,
        String lane,
        long seq,
        String communityId,
        String platform,
        String externalId,
        String communityName,
        String kind,
        String toKind,
        String toId,
        String threadId,
        String threadLink,
        String fallbackKind,
        String fallbackId,
        Message message,
        Instant createdAt,
        Instant expiresAt,
        int attempts,
        boolean unsure,
        String state,
        String messageId,
        String reason,
        Instant lastAttemptAt,
        Instant finishedAt,
        Living living) {}
