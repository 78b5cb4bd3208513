package dev.atelier.app.dashboard;

import dev.atelier.core.clock.checkin.AnsweredCheckin;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.question.Question;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A pair's history, oldest first, for its timeline and its events export alike: the internship's own
 * events (milestones, submissions, reviews), its questions (asked, first reply, resolved) and its
 * answered check-ins. Members are shown by name.
 */
final class PairEvents {

    /** One event: when, by whom (a name, or empty), what. */
    record Entry(Instant at, String by, String what) {}

    private PairEvents() {}

    static List<Entry> of(Internship i, List<Question> questions, List<AnsweredCheckin> answers) {
        Map<String, String> names = Mentions.names(i);
        List<Entry> out = new ArrayList<>();
        i.timeline()
                .forEach(e -> out.add(
                        new Entry(e.at(), names.getOrDefault(e.by(), e.by()), Mentions.readable(e.what(), names))));
        for (Question q : questions) {
            out.add(new Entry(
                    q.data().askedAt(),
                    q.data().asker().name(),
                    "asked " + q.label() + ": " + q.data().text().replaceAll("\\s+", " ")));
            if (q.firstReplyAt() != null) {
                out.add(new Entry(
                        q.firstReplyAt(),
                        names.getOrDefault(q.firstReplyBy(), q.firstReplyBy()),
                        "replied first to " + q.label()));
            }
            if (q.resolvedAt() != null) {
                out.add(new Entry(q.resolvedAt(), "", "resolved " + q.label()));
            }
        }
        for (AnsweredCheckin a : answers) {
            out.add(new Entry(
                    a.answer().at(),
                    i.data().intern().name(),
                    "answered check-in #" + a.prompt() + " (confidence "
                            + a.answer().confidence() + "/5)"));
        }
        out.sort(Comparator.comparing(Entry::at));
        return out;
    }
}
