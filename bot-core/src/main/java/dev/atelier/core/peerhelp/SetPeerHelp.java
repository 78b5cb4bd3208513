package dev.atelier.core.peerhelp;

import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A moderator shows or changes the community's peer help: the delay in hours, on or off, the fallback
 * channel. Only the parts named are written, so a moderator changing another part at the same moment
 * keeps theirs. A change that leaves peer help on lists again the week's questions the round parked (asked while
 * it was off, or without a channel to go to), so they are offered as if they had waited on the list.
 */
public final class SetPeerHelp {

    private static final Duration WEEK = Duration.ofHours(PeerHelpSettings.MAX_HOURS);

    private final PeerHelpSettingsStore settings;
    private final PeerHelpQueue queue;
    private final Clock clock;

    public SetPeerHelp(PeerHelpSettingsStore settings, PeerHelpQueue queue, Clock clock) {
        this.settings = settings;
        this.queue = queue;
        this.clock = clock;
    }

    public Outcome execute(Requester requester, String after, String channelId) {
        if (after == null && channelId == null) {
            return Outcome.reply(
                    Message.privateReply(settings.of(requester.communityId()).describe()));
        }
        PeerHelpSettings changed = settings.change(requester.communityId(), PeerHelpChange.typed(after, channelId));
        if (changed.enabled()) {
            Instant now = clock.instant();
            queue.unpark(requester.communityId(), now.minus(WEEK), now);
        }
        return Outcome.reply(Message.privateReply(Text.of("✅ ").append(changed.describe())));
    }
}
