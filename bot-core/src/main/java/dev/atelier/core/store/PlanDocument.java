package dev.atelier.core.store;

import dev.atelier.core.matching.Proposal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A cohort's pending pairing plan; its id is {@code communityId/lowercased cohort name}. */
@Document("pairing_plans")
record PlanDocument(
        @Id String id,
        @Version Long version,
        String communityId,
        String cohortName,
        List<Proposal.Pair> pairs,
        List<Proposal.LeftOut> leftOut,
        List<String> alreadyPaired,
        List<String> asked,
        List<String> accepted,
        List<String> declined,
        Instant createdAt) {}
