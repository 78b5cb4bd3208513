package dev.atelier.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

/**
 * What a message from Atelier may ping: channels, emoji and slash commands are parsed; members only
 * when listed by id (see {@link MessageRenderer}); never {@code @everyone}, {@code @here} or a role.
 * Applied as JDA's default at start, so a fixed text pings nobody, and on every message the adapter
 * renders, on top of {@code MassMentions.defuse} on the text itself.
 */
final class AllowedMentionsPolicy {

    /**
     * What Discord may parse from a message the adapter renders: no member mentions, since
     * {@link MessageRenderer} lists the members it means to ping by id.
     */
    static final EnumSet<MentionType> PARSED =
            EnumSet.of(MentionType.CHANNEL, MentionType.EMOJI, MentionType.SLASH_COMMAND);

    private AllowedMentionsPolicy() {}

    /** Sets JDA's process-wide default, before any message is sent. */
    static void applyDefaults() {
        MessageRequest.setDefaultMentions(PARSED);
        MessageRequest.setDefaultMentionRepliedUser(false);
    }
}
