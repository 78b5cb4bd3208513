package dev.atelier.core.store;

import dev.atelier.core.pay.SplitRule;
import dev.atelier.core.pay.SplitRuleStore;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Split rules, one document per cohort, stored as the rule's text and read back through the parser. */
final class MongoSplitRuleStore implements SplitRuleStore {

    private final MongoTemplate mongo;

    MongoSplitRuleStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(String communityId, String cohortName, SplitRule rule) {
        mongo.save(new SplitRuleDocument(id(communityId, cohortName), communityId, rule.text()));
    }

    @Override
    public Optional<SplitRule> find(String communityId, String cohortName) {
        return Optional.ofNullable(mongo.findById(id(communityId, cohortName), SplitRuleDocument.class))
                .filter(d -> d.communityId().equals(communityId))
                .map(d -> SplitRule.parse(d.rule()));
    }

    private static String id(String communityId, String cohortName) {
        return communityId + "/" + cohortName.strip().toLowerCase(Locale.ROOT);
    }
}
