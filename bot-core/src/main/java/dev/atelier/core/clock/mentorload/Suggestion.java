package dev.atelier.core.clock.mentorload;

import dev.atelier.core.message.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Another mentor to take work over: not flagged, with a free place, most shared expertise first, then most room. */
final class Suggestion {

    private Suggestion() {}

    static Optional<Text> of(MentorLoad flagged, List<MentorLoad> all, Duration reviewWait, Instant now) {
        return all.stream()
                .filter(l -> !l.mentor().id().equals(flagged.mentor().id())
                        && l.room() > 0
                        && l.flag(reviewWait, now).isEmpty())
                .max(Comparator.comparingInt(
                                (MentorLoad l) -> shared(flagged, l).size())
                        .thenComparingInt(MentorLoad::room))
                .map(l -> {
                    Set<String> shared = shared(flagged, l);
                    return Text.builder()
                            .quiet(l.mentor())
                            .plain(" has room (" + l.interns() + "/" + l.capacity() + " interns)"
                                    + (shared.isEmpty() ? "" : " and knows " + String.join(", ", shared)))
                            .build();
                });
    }

    private static Set<String> shared(MentorLoad a, MentorLoad b) {
        Set<String> s = new TreeSet<>(a.expertise());
        s.retainAll(b.expertise());
        return s;
    }
}
