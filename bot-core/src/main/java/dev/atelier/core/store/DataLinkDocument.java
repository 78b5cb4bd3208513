package dev.atelier.core.store;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A data-export link; its id is the SHA-256 of the token, never the token; redeemed on {@code _id} and version. */
@Document("data_links")
record DataLinkDocument(
        @Id String id,
        String communityId,
        String memberId,
        Instant issuedAt,
        Instant expiresAt,
        Instant usedAt,
        @Version Long version)
        implements SingleUseLinks.Link {}
