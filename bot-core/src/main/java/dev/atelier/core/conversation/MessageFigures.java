package dev.atelier.core.conversation;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipFigures;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Plural;
import java.util.List;

/** An internship's messages in {@code status}: how many were exchanged in its workspace. */
public final class MessageFigures implements InternshipFigures {

    private final ConversationStore conversations;

    public MessageFigures(ConversationStore conversations) {
        this.conversations = conversations;
    }

    @Override
    public List<Text> linesFor(String communityId, Internship internship) {
        long count = conversations.messages(communityId, internship.number());
        return count == 0
                ? List.of()
                : List.of(Text.of("💬 " + Plural.of(count, "message") + " exchanged in the workspace"));
    }
}
