package dev.atelier.core.pairing;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Text;

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

    /** A pair of members, named without a ping: {@code @a with @b}. */
    static Text pair(String internId, String internName, String mentorId, String mentorName) {
        return Text.builder()
                .quiet(internId, internName)
                .plain(" with ")
                .quiet(mentorId, mentorName)
                .build();
    }
}
