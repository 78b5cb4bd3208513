package dev.atelier.core.store;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A community's rhythm, in hours and counts; its id is the community id. */
@Document("rhythms")
record RhythmDocument(
        @Id String id, long answerHours, long reviewHours, long questionHours, int stallDays, int missedInRow) {}
