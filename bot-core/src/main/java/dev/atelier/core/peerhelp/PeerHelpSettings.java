package dev.atelier.core.peerhelp;

import dev.atelier.core.message.Text;
import java.time.Duration;

/**
 * A community's peer help: on or off, after how many hours without a reply a question is offered,
 * and the channel offers go to when the question's cohort has no channel (may be null).
 */
public record PeerHelpSettings(String communityId, boolean enabled, int hours, String channelId) {

    public static final int DEFAULT_HOURS = 12;
    public static final int MAX_HOURS = 168;

    public static PeerHelpSettings defaults(String communityId) {
        return new PeerHelpSettings(communityId, true, DEFAULT_HOURS, null);
    }

    public Duration delay() {
        return Duration.ofHours(hours);
    }

    public Text describe() {
        if (!enabled) {
            return Text.builder()
                    .plain("🤝 Peer help is ")
                    .bold("off")
                    .plain(" in this community.")
                    .build();
        }
        Text.Builder text = Text.builder()
                .plain("🤝 Peer help is ")
                .bold("on")
                .plain(": questions unanswered after " + hours + " h are offered in the cohort's channel");
        if (channelId == null) {
            text.plain(" (questions of cohorts without one are not offered)");
        } else {
            text.plain(", else ").channel(channelId);
        }
        return text.plain(".").build();
    }
}
