package dev.atelier.core.pairing;

import dev.atelier.core.matching.Proposal;
import java.time.Instant;
import java.util.List;

/** The last previewed (and possibly hand-edited) pairs of a cohort, waiting for confirmation. */
public record PairingPlan(String communityId, String cohortName, List<Proposal.Pair> pairs,
                          List<Proposal.LeftOut> leftOut, List<String> alreadyPaired, Instant createdAt, Long version) {

    public PairingPlan {
        pairs = List.copyOf(pairs);
        leftOut = List.copyOf(leftOut);
        alreadyPaired = List.copyOf(alreadyPaired);
    }
}
