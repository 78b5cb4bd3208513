package dev.atelier.core.clock.rhythm;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import java.util.function.Consumer;

/**
 * A moderator shows or sets the community's rhythm; a bad value is refused and changes nothing. Only the
 * parts named are written, so a moderator changing another part at the same moment keeps theirs.
 */
public final class SetRhythm {

    private final RhythmStore rhythms;
    private final Consumer<String> changed;

    /** {@code changed} hears the community's id once its rhythm changed (its pairs are visited again). */
    public SetRhythm(RhythmStore rhythms, Consumer<String> changed) {
        this.rhythms = rhythms;
        this.changed = changed;
    }

    public record Command(Requester requester, Long answer, Long review, Long question, Long stall, Long missed) {

        boolean empty() {
            return answer == null && review == null && question == null && stall == null && missed == null;
        }
    }

    public Outcome execute(Command c) {
        if (c.empty()) {
            Rhythm current = rhythms.of(c.requester().communityId());
            return Outcome.reply(Message.privateReply(Text.builder()
                    .plain("⏱️ This community's rhythm: " + current.describe() + ".")
                    .line()
                    .plain("Change it with ")
                    .command(CommandHint.of("community rhythm")
                            .named("answer", 24)
                            .named("review", 48)
                            .named("question", 24)
                            .named("stall", 5)
                            .named("missed", 2))
                    .plain(".")
                    .build()));
        }
        Rhythm changed = rhythms.change(
                c.requester().communityId(),
                RhythmChange.typed(c.answer(), c.review(), c.question(), c.stall(), c.missed()));
        this.changed.accept(c.requester().communityId());
        return Outcome.reply(Message.privateReply(Text.of("⏱️ Rhythm set: " + changed.describe() + ".")));
    }
}
