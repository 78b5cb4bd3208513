package dev.atelier.core.clock.checkin;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Living;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Text;
import java.util.List;

/**
 * A check-in prompt is a living message in the intern's DMs: once answered it says so, with the
 * confidence given, and loses its Answer button (`checkin answer` still replaces the answer).
 */
final class PromptCards {

    private PromptCards() {}

    static String key(Internship i, int prompt) {
        return "checkin:" + i.number() + ":" + prompt;
    }

    static String title(Internship i, int prompt) {
        return "Check-in #" + prompt + " · internship #" + i.number();
    }

    static Notification answered(Internship i, int prompt, Answer answer) {
        Message shown = Message.publicReply(Text.builder()
                        .plain("✅ Answered. ")
                        .quiet(i.data().mentor())
                        .plain(" sees your answer in the workspace.")
                        .build())
                .withTitle(title(i, prompt))
                .withFields(List.of(Field.of("Confidence", Text.of(answer.confidence() + "/5"))));
        return Notification.edit(Destination.direct(i.data().intern().id()), Living.edit(key(i, prompt)), shown);
    }
}
