package dev.atelier.core.store;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One outbox item: {@code lane} and {@code seq} (its place in the lane), where it goes ({@code toKind}
 * {@code c} for a channel, {@code d} for a member's DMs), its message, its expiry, its attempts and
 * state ({@code PENDING}, {@code DELIVERED} with the platform's message id, {@code DROPPED} with the reason),
 * and for a living message the key its reference is kept under or the message it edits. The message is
 * stored as {@code content} ({@link MessageDocument}); items written before kept the domain's message as it
 * was in {@code message}, read by {@link LegacyMessage}.
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
        MessageDocument content,
        org.bson.Document message,
        Instant createdAt,
        Instant expiresAt,
        int attempts,
        boolean unsure,
        String state,
        String messageId,
        String reason,
        Instant lastAttemptAt,
        Instant finishedAt,
        LivingDocument living) {}
