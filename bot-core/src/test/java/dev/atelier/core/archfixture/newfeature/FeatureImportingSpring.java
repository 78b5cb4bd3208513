package dev.atelier.core.archfixture.newfeature;

import org.springframework.data.mongodb.core.MongoTemplate;

/** Breaks the domain rule: feature code holding a Spring Data template. */
public final class FeatureImportingSpring {

    private final MongoTemplate mongo;

    public FeatureImportingSpring(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public MongoTemplate mongo() {
        return mongo;
    }
}
