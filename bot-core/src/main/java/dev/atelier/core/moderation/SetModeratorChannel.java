package dev.atelier.core.moderation;

import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;

/** {@code community moderators-channel #ch}: moderator notices go to one channel instead of DMs. */
public final class SetModeratorChannel {

    private final ModeratorChannels channels;

    public SetModeratorChannel(ModeratorChannels channels) {
        this.channels = channels;
    }

    public Outcome execute(Requester requester, String channelId) {
        channels.set(requester.communityId(), channelId);
        return Outcome.reply(Message.privateReply(Text.builder()
                .plain("✅ Moderator notices (declined pairings, withdrawn or closed internships, members waiting for "
                        + "approval) now go to ")
                .channel(channelId)
                .plain(", once each.")
                .build()));
    }
}
