package dev.atelier.app.storage;

import com.mongodb.ConnectionString;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Without {@code spring.mongodb.uri}, starts the {@link EmbeddedMongoServer} and hands Spring
 * Boot's Mongo auto-configuration a {@link MongoConnectionDetails} pointing at it, so the
 * auto-configured {@code MongoClient} and {@code MongoTemplate} use the embedded store. With a
 * URI, nothing here is created and Boot connects to that MongoDB.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMongoConfiguration.NoMongoUri.class)
@EnableConfigurationProperties(EmbeddedStoreProperties.class)
public class EmbeddedMongoConfiguration {

    static final String URI_PROPERTY = "spring.mongodb.uri";

    @Bean(destroyMethod = "close")
    EmbeddedMongoServer embeddedMongoServer(EmbeddedStoreProperties properties) {
        return EmbeddedMongoServer.start(properties.directory(), properties.port(), properties.fsync());
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(
            EmbeddedMongoServer server, EmbeddedStoreProperties properties) {
        ConnectionString connectionString =
                new ConnectionString(server.getConnectionString() + "/" + properties.database());
        return () -> connectionString;
    }

    /** Matches when {@code spring.mongodb.uri} is absent or blank. */
    static final class NoMongoUri extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            ConditionMessage.Builder message = ConditionMessage.forCondition("EmbeddedMongo");
            String uri = context.getEnvironment().getProperty(URI_PROPERTY);
            if (StringUtils.hasText(uri)) {
                return ConditionOutcome.noMatch(message.because(URI_PROPERTY + " is set"));
            }
            return ConditionOutcome.match(message.because(URI_PROPERTY + " is not set"));
        }
    }
}
