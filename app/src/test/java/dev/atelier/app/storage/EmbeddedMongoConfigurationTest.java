package dev.atelier.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

class EmbeddedMongoConfigurationTest {

    @TempDir
    Path data;

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class))
            .withUserConfiguration(EmbeddedMongoConfiguration.class);

    @BeforeAll
    static void quiet() {
        QuietLogging.apply();
    }

    @Test
    void withoutAUriTheEmbeddedStoreServesMongoTemplateAndKeepsDataAcrossRestarts() {
        ApplicationContextRunner embedded = contexts.withPropertyValues("atelier.store.embedded.path=" + data);

        embedded.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(EmbeddedMongoServer.class);
            EmbeddedMongoServer server = context.getBean(EmbeddedMongoServer.class);
            assertThat(server.getStoreFile()).isEqualTo(data.resolve(EmbeddedMongoServer.STORE_FILE_NAME));
            assertThat(server.isFsync()).as("fsync default").isTrue();
            assertThat(context.getBean(MongoConnectionDetails.class)
                            .getConnectionString()
                            .getConnectionString())
                    .isEqualTo(server.getConnectionString() + "/atelier");

            MongoTemplate template = context.getBean(MongoTemplate.class);
            assertThat(template.getDb().getName()).isEqualTo("atelier");
            template.insert(new Document("_id", "c-1").append("name", "Cohort one"), "cohorts");
        });

        embedded.run(context -> {
            MongoTemplate template = context.getBean(MongoTemplate.class);
            assertThat(template.findById("c-1", Document.class, "cohorts")).containsEntry("name", "Cohort one");
        });
    }

    @Test
    void propertiesChoosePortAndFsync() {
        contexts.withPropertyValues(
                        "atelier.store.embedded.path=" + data,
                        "atelier.store.embedded.fsync=false",
                        "atelier.store.embedded.database=other")
                .run(context -> {
                    assertThat(context.getBean(EmbeddedMongoServer.class).isFsync())
                            .isFalse();
                    assertThat(context.getBean(MongoTemplate.class).getDb().getName())
                            .isEqualTo("other");
                });
    }

    @Test
    void withAUriNothingEmbeddedStarts() {
        contexts.withPropertyValues(
                        "spring.mongodb.uri=mongodb://127.0.0.1:1/remote", "atelier.store.embedded.path=" + data)
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedMongoServer.class);
                    assertThat(context.getBean(MongoConnectionDetails.class)
                                    .getConnectionString()
                                    .getConnectionString())
                            .isEqualTo("mongodb://127.0.0.1:1/remote");
                    assertThat(data.resolve(EmbeddedMongoServer.STORE_FILE_NAME))
                            .doesNotExist();
                });
    }
}
