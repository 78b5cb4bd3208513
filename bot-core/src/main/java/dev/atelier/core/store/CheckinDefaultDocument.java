package dev.atelier.core.store;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A cohort's default check-in schedule; the id is {@code communityId/lowercased cohort name}, like the cohort's. */
@Document("checkinDefaults")
record CheckinDefaultDocument(
        @Id String id, String communityId, List<String> days, String time, int quietFrom, int quietTo) {}
