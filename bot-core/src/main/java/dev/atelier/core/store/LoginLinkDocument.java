package dev.atelier.core.store;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A dashboard login link; its id is the SHA-256 of the token, never the token; redeemed on {@code _id} and version; the platform is the name of a {@code Platform}. */
@Document("login_links")
record LoginLinkDocument(
        @Id String id,
        String communityId,
        String platform,
        String externalId,
        String communityName,
        String memberId,
        String memberName,
        String grant,
        Instant issuedAt,
        Instant expiresAt,
        Instant usedAt,
        @Version Long version)
        implements SingleUseLinks.Link {}
