package dev.atelier.core.store;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One due item; its id is the occasion key, so an occasion is stored once. {@code leaseUntil} is the
 * epoch while nobody holds it, else the end of {@code claimedBy}'s lease. {@code slot} (from the key's
 * hash) splits the due items into groups a claim takes at once.
 */
@Document("due_work")
record DueWorkDocument(
        @Id String id,
        String kind,
        String communityId,
        String platform,
        String externalId,
        String communityName,
        long internship,
        long ref,
        String occasion,
        String recipient,
        Instant dueAt,
        int slot,
        boolean done,
        String claimedBy,
        Instant leaseUntil,
        Instant doneAt) {}
