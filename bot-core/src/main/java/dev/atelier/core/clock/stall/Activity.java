package dev.atelier.core.clock.stall;

import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.TimelineEvent;
import dev.atelier.core.question.Question;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When a pair was last active: its timeline (start, milestones, submissions, reviews, hours), its
 * questions (asked, first reply, resolved), its latest check-in answer and its latest workspace message.
 */
public final class Activity {

    private Activity() {}

    public static Instant last(
            Internship i, Optional<Checkin> checkin, List<Question> questions, Optional<Instant> lastMessage) {
        Stream<Instant> timeline = i.timeline().stream().map(TimelineEvent::at);
        Stream<Instant> asked =
                questions.stream().flatMap(q -> Stream.of(q.data().askedAt(), q.firstReplyAt(), q.resolvedAt()));
        Stream<Instant> answered =
                checkin
                        .map(Checkin::prompt)
                        .filter(p -> p != null && p.answer() != null)
                        .map(p -> p.answer().at())
                        .stream();
        return Stream.of(Stream.of(i.data().createdAt()), timeline, asked, answered, lastMessage.stream())
                .flatMap(s -> s)
                .filter(t -> t != null)
                .max(Instant::compareTo)
                .orElse(i.data().createdAt());
    }
}
