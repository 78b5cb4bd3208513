package dev.atelier.core.store;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How many messages were exchanged in one question's threads; its id is {@code communityId/questionNumber}. */
@Document("question_message_counts")
record QuestionMessageCountDocument(@Id String id, String communityId, long questionNumber, long messages) {}
