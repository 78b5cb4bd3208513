package dev.atelier.app.console;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The local console: on with {@code --console}. Its one community is {@code community}; the
 * members named in {@code moderators} moderate it.
 */
@ConfigurationProperties("atelier.console")
public record ConsoleProperties(boolean enabled, String community, List<String> moderators) {

    public ConsoleProperties {
        community = community == null || community.isBlank() ? "local" : community;
        moderators = moderators == null || moderators.isEmpty() ? List.of("mod") : List.copyOf(moderators);
    }
}
