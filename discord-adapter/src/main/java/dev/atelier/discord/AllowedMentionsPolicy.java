package dev.atelier.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

/**
 * What a message from Atelier may ping: members, channels, emoji and slash commands; never
 * {@code @everyone}, {@code @here} or a role. Applied as JDA's default at start and again on every
 * message the adapter builds, on top of {@code MassMentions.defuse} on the text itself.
 */
final class AllowedMentionsPolicy {

    static final EnumSet<MentionType> ALLOWED =
            EnumSet.of(MentionType.USER, MentionType.CHANNEL, MentionType.EMOJI, MentionType.SLASH_COMMAND);

    private AllowedMentionsPolicy() {
    }

    /** Sets JDA's process-wide default, before any message is sent. */
    static void applyDefaults() {
        MessageRequest.setDefaultMentions(ALLOWED);
        MessageRequest.setDefaultMentionRepliedUser(false);
    }
}
