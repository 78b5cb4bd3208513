package dev.atelier.core.rights;

import java.time.Instant;

/** A one-time download link of a member's data export: whose data, and until when it may be used. */
public record DataLink(String communityId, String memberId, Instant issuedAt, Instant expiresAt) {}
