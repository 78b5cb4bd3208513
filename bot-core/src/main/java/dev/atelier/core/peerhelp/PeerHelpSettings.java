package dev.atelier.core.peerhelp;

import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
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

    /** {@code after}: a number of hours (1 to 168, an optional trailing {@code h}), {@code on} or {@code off}. */
    public PeerHelpSettings with(String after, String channel) {
        boolean on = enabled;
        int h = hours;
        if (after != null) {
            String value = after.strip().toLowerCase(java.util.Locale.ROOT);
            if (value.equals("off") || value.equals("on")) {
                on = value.equals("on");
            } else if (value.matches("\\d{1,3}h?")) {
                h = Integer.parseInt(value.replace("h", ""));
                if (h < 1 || h > MAX_HOURS) {
                    throw new Rejected(
                            "Peer help starts after 1 to " + MAX_HOURS + " hours; " + h + " is out of range.");
                }
                on = true;
            } else {
                throw new Rejected(Text.builder()
                        .plain("Say after how many hours questions go to peers (for example ")
                        .code("12")
                        .plain("), or ")
                        .code("off")
                        .plain(" " + "or ")
                        .code("on")
                        .plain("; ")
                        .user(after.strip())
                        .plain(" is neither.")
                        .build());
            }
        }
        return new PeerHelpSettings(communityId, on, h, channel == null ? channelId : channel);
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
