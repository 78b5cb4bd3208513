package dev.atelier.core.store;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A delivery key seen in a community ({@code communityId/key}, unique by {@code _id}) until {@code expiresAt}. */
@Document("deliveries")
record DeliveryDocument(@Id String id, String communityId, Instant expiresAt) {}
