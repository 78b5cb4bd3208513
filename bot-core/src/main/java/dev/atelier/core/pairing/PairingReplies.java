package dev.atelier.core.pairing;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Span;
import dev.atelier.core.message.Text;
import java.util.ArrayList;
import java.util.List;

/** Words the pairing use cases share: what to run first, who answered. */
final class PairingReplies {

    private PairingReplies() {}

    /** Nothing to {@code verb} yet: preview the pairs first. */
    static Text previewFirst(String verb, String cohort) {
        return Text.builder()
                .plain("There are no pairs to " + verb + " in " + cohort + ". Run ")
                .command(CommandHint.of("pair preview").with("cohort", cohort))
                .plain(" first.")
                .build();
    }

    /** A preview's Confirm pressed once its pairs were confirmed: nothing is left to confirm. */
    static Text alreadyConfirmed(String cohort) {
        return Text.builder()
                .plain("The pairs of this preview were already confirmed. ")
                .command(CommandHint.of("pair preview").with("cohort", cohort))
                .plain(" shows who is left to pair.")
                .build();
    }

    /** A preview's Confirm pressed after the plan changed (a pair set by hand, a new preview, a confirm). */
    static Text previewChanged(String cohort) {
        return Text.builder()
                .plain("The pairs of " + cohort + " changed since this preview, so it confirms nothing. ")
                .command(CommandHint.of("pair preview").with("cohort", cohort))
                .plain(" shows them as they are now.")
                .build();
    }

    /** A reply without its leading "✅ ", to quote it inside another sentence or list. */
    static Text withoutLead(Text reply) {
        List<Span> spans = new ArrayList<>(reply.spans());
        if (!spans.isEmpty()
                && spans.get(0) instanceof Span.Plain first
                && first.text().startsWith("✅ ")) {
            spans.set(0, new Span.Plain(first.text().substring(2)));
        }
        return new Text(spans);
    }

    /** A pair of members, named without a ping: {@code @a with @b}. */
    static Text pair(String internId, String internName, String mentorId, String mentorName) {
        return Text.builder()
                .quiet(internId, internName)
                .plain(" with ")
                .quiet(mentorId, mentorName)
                .build();
    }
}
