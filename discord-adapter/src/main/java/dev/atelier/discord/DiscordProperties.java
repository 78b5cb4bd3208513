package dev.atelier.discord;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * {@code atelier.discord.*}: the bot token ({@code DISCORD_TOKEN}), optional REST and gateway URLs
 * (for a rate-limit proxy or a local Discord-compatible server), the moderator role (a role
 * name or id whose members moderate, on top of those with Manage Server), and {@code member-events}:
 * whether to ask Discord for the privileged Server Members intent, which brings members' role changes
 * (off by default; the intent must also be enabled for the bot in the Developer Portal).
 */
@ConfigurationProperties("atelier.discord")
public record DiscordProperties(
        String token, String restUrl, String gatewayUrl, String moderatorRole, boolean memberEvents) {

    /** Without member events. */
    public DiscordProperties(String token, String restUrl, String gatewayUrl, String moderatorRole) {
        this(token, restUrl, gatewayUrl, moderatorRole, false);
    }

    @ConstructorBinding
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
                + restUrl + ", gatewayUrl=" + gatewayUrl + ", moderatorRole=" + moderatorRole + ", memberEvents="
                + memberEvents + "]";
    }
}
