package dev.atelier.core.cohort;

import java.util.List;
import java.util.Optional;

/** Port: cohorts of one community. */
public interface CohortStore {

    /**
     * Stores a new cohort.
     *
     * @throws dev.atelier.core.shared.Rejected when the community already has a cohort of that name
     */
    void insert(Cohort cohort);

    void update(Cohort cohort);

    Optional<Cohort> find(String communityId, String name);

    List<Cohort> list(String communityId);
}
