package dev.atelier.core.store;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's credential recipient in one community; its id is {@code communityId/memberId}. The
 * subject id and salt never change once written.
 */
@Document("credential_recipients")
record RecipientDocument(
        @Id String id, String communityId, String memberId, String subjectId, String salt, Boolean showName) {}
