package dev.atelier.core.pay;

import java.util.Optional;

/** Port: each cohort's split rule, by community and cohort name (case-insensitive). */
public interface SplitRuleStore {

    void save(String communityId, String cohortName, SplitRule rule);

    Optional<SplitRule> find(String communityId, String cohortName);
}
