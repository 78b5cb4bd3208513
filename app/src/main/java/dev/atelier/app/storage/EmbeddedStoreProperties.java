package dev.atelier.app.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded store, used only when {@code spring.mongodb.uri} is not set.
 *
 * @param path     directory of the store file, created if missing (relative to the working directory)
 * @param port     TCP port on 127.0.0.1; 0 picks a free one
 * @param fsync    force every acknowledged write to the device: survives an OS crash or power
 *                 loss, not only a crash of the process, at the cost of a device flush per write
 * @param database database name put in the connection string ({@code spring.mongodb.database} wins)
 */
@ConfigurationProperties("atelier.store.embedded")
public record EmbeddedStoreProperties(
        @DefaultValue("./data") String path,
        @DefaultValue("0") int port,
        @DefaultValue("true") boolean fsync,
        @DefaultValue("atelier") String database) {

    Path directory() {
        return Path.of(path);
    }
}
