package dev.atelier.core.peerhelp;

import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import java.util.Locale;

/**
 * What a moderator changes in the community's peer help; null parts keep what the community has. The
 * store sets just these parts, so a moderator changing another part at the same moment keeps theirs.
 */
public record PeerHelpChange(Boolean enabled, Integer hours, String channelId) {

    /**
     * {@code after}: a number of hours (1 to 168, an optional trailing {@code h}, which also turns peer help
     * on), {@code on} or {@code off}; {@code channel}: the fallback channel. Either may be null.
     */
    public static PeerHelpChange typed(String after, String channel) {
        if (after == null) {
            return new PeerHelpChange(null, null, channel);
        }
        String value = after.strip().toLowerCase(Locale.ROOT);
        if (value.equals("off") || value.equals("on")) {
            return new PeerHelpChange(value.equals("on"), null, channel);
        }
        if (value.matches("\\d{1,3}h?")) {
            int h = Integer.parseInt(value.replace("h", ""));
            if (h < 1 || h > PeerHelpSettings.MAX_HOURS) {
                throw new Rejected("Peer help starts after 1 to " + PeerHelpSettings.MAX_HOURS + " hours; " + h
                        + " is out of range.");
            }
            return new PeerHelpChange(true, h, channel);
        }
        throw new Rejected(Text.builder()
                .plain("Say after how many hours questions go to peers (for example ")
                .code("12")
                .plain("), or ")
                .code("off")
                .plain(" or ")
                .code("on")
                .plain("; ")
                .code(after.strip())
                .plain(" is neither.")
                .build());
    }

    /** {@code settings} with these parts changed. */
    public PeerHelpSettings applyTo(PeerHelpSettings settings) {
        return new PeerHelpSettings(
                settings.communityId(),
                enabled == null ? settings.enabled() : enabled,
                hours == null ? settings.hours() : hours,
                channelId == null ? settings.channelId() : channelId);
    }
}
