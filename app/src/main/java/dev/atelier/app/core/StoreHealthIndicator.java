package dev.atelier.app.core;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The {@code mongo} health component: pings the store, embedded or real. (Boot's own indicator
 * asks every database for {@code hello}, which the embedded server does not answer.)
 */
@Component("mongoHealthIndicator")
class StoreHealthIndicator implements HealthIndicator {

    private final MongoTemplate mongo;
    private final boolean embedded;

    StoreHealthIndicator(MongoTemplate mongo, Environment env) {
        this.mongo = mongo;
        this.embedded = !StringUtils.hasText(env.getProperty("spring.mongodb.uri"));
    }

    @Override
    public Health health() {
        try {
            mongo.executeCommand("{ ping: 1 }");
            return Health.up()
                    .withDetail("database", mongo.getDb().getName())
                    .withDetail("store", embedded ? "embedded" : "external")
                    .build();
        } catch (RuntimeException e) {
            return Health.down()
                    .withDetail("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
