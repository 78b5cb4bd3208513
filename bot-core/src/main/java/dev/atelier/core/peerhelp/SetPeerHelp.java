package dev.atelier.core.peerhelp;

import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;

/**
 * A moderator shows or changes the community's peer help: the delay in hours, on or off, the fallback
 * channel. Only the parts named are written, so a moderator changing another part at the same moment
 * keeps theirs.
 */
public final class SetPeerHelp {

    private final PeerHelpSettingsStore settings;

    public SetPeerHelp(PeerHelpSettingsStore settings) {
        this.settings = settings;
    }

    public Outcome execute(Requester requester, String after, String channelId) {
        if (after == null && channelId == null) {
            return Outcome.reply(
                    Message.privateReply(settings.of(requester.communityId()).describe()));
        }
        PeerHelpSettings changed = settings.change(requester.communityId(), PeerHelpChange.typed(after, channelId));
        return Outcome.reply(Message.privateReply(Text.of("✅ ").append(changed.describe())));
    }
}
