package dev.atelier.app.dashboard;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.TimelineEvent;
import dev.atelier.core.pay.Csv;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * CSV exports (RFC 4180, formulas defused, through the core's {@link Csv}): a cohort's pairs with
 * their figures, and timelines of events. Times are ISO-8601 in UTC, so spreadsheets sort them.
 */
@Component
class CsvExports {

    static final List<String> PAIR_HEADER = List.of(
            "cohort",
            "internship",
            "status",
            "intern_id",
            "intern",
            "mentor_id",
            "mentor",
            "task",
            "milestones_approved",
            "milestones_planned",
            "questions",
            "open_questions",
            "median_first_reply_minutes",
            "messages",
            "checkins_missed_in_row",
            "at_risk",
            "risk_reason",
            "last_activity_utc");
    static final List<String> EVENT_HEADER = List.of("cohort", "internship", "at_utc", "by", "event");

    private final PairFactsLoader loader;

    CsvExports(PairFactsLoader loader) {
        this.loader = loader;
    }

    String pairs(Viewer viewer, String cohortName) {
        Cohort cohort = loader.cohort(viewer, cohortName);
        StringBuilder out = new StringBuilder(Csv.row(PAIR_HEADER));
        for (PairFacts f : loader.ofCohort(viewer, cohort.name())) {
            Internship i = f.internship();
            Duration median = f.medianReply();
            out.append(Csv.row(List.of(
                    cohort.name(),
                    Long.toString(i.number()),
                    i.status().name().toLowerCase(Locale.ROOT),
                    i.data().intern().id(),
                    i.data().intern().name(),
                    i.data().mentor().id(),
                    i.data().mentor().name(),
                    i.data().taskTitle(),
                    Long.toString(f.approved()),
                    Long.toString(f.planned()),
                    Integer.toString(f.questions().size()),
                    Long.toString(f.openQuestions()),
                    median == null ? "" : Long.toString(median.toMinutes()),
                    Long.toString(f.messages()),
                    Integer.toString(f.risk().missedInRow()),
                    f.risk().atRisk() ? "yes" : "no",
                    f.risk().reason(),
                    f.risk().lastActivity().toString())));
        }
        return out.toString();
    }

    String cohortEvents(Viewer viewer, String cohortName) {
        Cohort cohort = loader.cohort(viewer, cohortName);
        StringBuilder out = new StringBuilder(Csv.row(EVENT_HEADER));
        loader.ofCohort(viewer, cohort.name()).forEach(f -> events(out, f.internship()));
        return out.toString();
    }

    String pairEvents(Viewer viewer, long number) {
        StringBuilder out = new StringBuilder(Csv.row(EVENT_HEADER));
        events(out, loader.pair(viewer, number).internship());
        return out.toString();
    }

    private static void events(StringBuilder out, Internship i) {
        String cohort = i.data().cohortName() == null ? "" : i.data().cohortName();
        Map<String, String> names = Mentions.names(i);
        for (TimelineEvent e : i.timeline().stream()
                .sorted(Comparator.comparing(TimelineEvent::at))
                .toList()) {
            out.append(Csv.row(List.of(
                    cohort,
                    Long.toString(i.number()),
                    e.at().toString(),
                    names.getOrDefault(e.by(), e.by()),
                    Mentions.readable(e.what(), names))));
        }
    }
}
