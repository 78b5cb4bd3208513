package dev.atelier.slack;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Slack adapter ({@code atelier.slack.*}). The adapter is active only when
 * {@code bot-token} is set. {@code signing-secret} verifies HTTP requests; {@code app-token}
 * ({@code xapp-...}) turns Socket Mode on; {@code api-url} points the Web API elsewhere (GovSlack,
 * a local Slack-compatible server, a test fake); {@code max-body-bytes} (1 MB) is the largest request
 * body {@code POST /slack/events} reads: larger ones get 413 before they are read;
 * {@code response-url-hosts} ({@code hooks.slack.com}) are the only hosts a {@code response_url} may
 * point to.
 */
@ConfigurationProperties("atelier.slack")
public record SlackProperties(
        String botToken,
        String signingSecret,
        String appToken,
        @DefaultValue(SlackProperties.DEFAULT_API_URL) String apiUrl,
        @DefaultValue("1048576") long maxBodyBytes,
        @DefaultValue(ResponseUrls.SLACK_HOOKS) List<String> responseUrlHosts) {

    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    public SlackProperties {
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.strip();
        if (!apiUrl.endsWith("/")) {
            apiUrl = apiUrl + "/";
        }
    }

    public boolean socketMode() {
        return appToken != null && !appToken.isBlank();
    }
}
