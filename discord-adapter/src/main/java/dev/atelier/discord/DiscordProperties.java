package dev.atelier.discord;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code atelier.discord.*}: the bot token ({@code DISCORD_TOKEN}), optional REST and gateway URLs
 * (for a rate-limit proxy or a local Discord-compatible server) and the moderator role (a role
 * name or id whose members moderate, on top of those with Manage Server).
 */
@ConfigurationProperties("atelier.discord")
public record DiscordProperties(String token, String restUrl, String gatewayUrl, String moderatorRole) {

    public DiscordProperties {
        restUrl = blankToNull(restUrl);
        gatewayUrl = blankToNull(gatewayUrl);
        moderatorRole = blankToNull(moderatorRole);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "DiscordProperties[token=" + (token == null || token.isBlank() ? "<none>" : "<hidden>") + ", restUrl="
                + restUrl + ", gatewayUrl=" + gatewayUrl + ", moderatorRole=" + moderatorRole + "]";
    }
}
