package dev.atelier.core.store;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A cohort's split rule as its text; the id is {@code communityId/lowercased cohort name}, like the cohort's. */
@Document("splitRules")
record SplitRuleDocument(@Id String id, String communityId, String rule) {}
