package dev.atelier.core.clock.checkin;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import java.util.List;

/** How an answered check-in looks: the post the mentor reads and the intern's reply. */
public final class CheckinReplies {

    private CheckinReplies() {}

    /** What answering decided: the internship, the check-in's number, the answer, and whether it replaced one. */
    public record Answered(Internship internship, int number, Answer answer, boolean update) {}

    /** The answer as the mentor reads it in the workspace. */
    public static Message post(Answered a) {
        Internship i = a.internship();
        Answer answer = a.answer();
        return Message.publicReply(Text.builder()
                        .quiet(i.data().intern())
                        .plain(a.update() ? " updated their check-in for " : " checked in for ")
                        .member(i.data().mentor())
                        .plain(".")
                        .build())
                .withTitle("📝 Check-in #" + a.number() + (a.update() ? " (updated)" : "") + " · internship #"
                        + i.number())
                .withFields(List.of(
                        Field.wide("Done", Text.user(answer.done())),
                        Field.wide("Blocks", Text.user(answer.blocks())),
                        Field.wide("Next", Text.user(answer.next())),
                        Field.of(
                                "Confidence",
                                Text.of("⭐".repeat(answer.confidence()) + " " + answer.confidence() + "/5"))));
    }

    /** The intern's reply. */
    public static Message reply(Answered a) {
        return Message.privateReply(
                Text.of("✅ " + (a.update() ? "Updated your answer to check-in #" : "Answered check-in #") + a.number()
                        + "; your mentor sees it in the workspace."));
    }
}
