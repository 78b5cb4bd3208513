package dev.atelier.slack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a {@code response_url} from a payload may point: only to Slack's hooks host
 * ({@code https://hooks.slack.com/...}), or to the hosts configured in
 * {@code atelier.slack.response-url-hosts} (a local stand-in in tests, which may use plain http on a
 * loopback address). A payload naming any other URL is refused, so a signed request can never make
 * Atelier post to an address of the sender's choosing.
 */
final class ResponseUrls {

    static final String SLACK_HOOKS = "hooks.slack.com";

    static final String REFUSED =
            ":warning: This request asked for its answer to go somewhere other than Slack, " + "so nothing was done.";

    private final Set<String> hosts;

    ResponseUrls(List<String> hosts) {
        this.hosts = (hosts == null || hosts.isEmpty() ? List.of(SLACK_HOOKS) : hosts)
                .stream()
                        .map(h -> h.strip().toLowerCase(Locale.ROOT))
                        .filter(h -> !h.isEmpty())
                        .collect(Collectors.toSet());
    }

    /** True for no URL at all (nothing will be posted) and for a URL on an allowed host. */
    boolean allowed(String responseUrl) {
        if (responseUrl == null || responseUrl.isBlank()) {
            return true;
        }
        try {
            URI uri = new URI(responseUrl.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean secure = scheme.equals("https") || (scheme.equals("http") && loopback(host));
            return secure && uri.getUserInfo() == null && hosts.contains(host);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean loopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
    }
}
