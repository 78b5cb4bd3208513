package dev.atelier.core.peerhelp;

import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;

/** A moderator shows or changes the community's peer help: the delay in hours, on or off, the fallback channel. */
public final class SetPeerHelp {

    private final PeerHelpSettingsStore settings;

    public SetPeerHelp(PeerHelpSettingsStore settings) {
        this.settings = settings;
    }

    public Outcome execute(Requester requester, String after, String channelId) {
        PeerHelpSettings current = settings.of(requester.communityId());
        if (after == null && channelId == null) {
            return Outcome.reply(Message.privateReply(current.describe()));
        }
        PeerHelpSettings changed = current.with(after, channelId);
        settings.save(changed);
        return Outcome.reply(Message.privateReply(Text.of("✅ ").append(changed.describe())));
    }
}
