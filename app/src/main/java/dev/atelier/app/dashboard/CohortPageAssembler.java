package dev.atelier.app.dashboard;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.dashboard.DashboardReads;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds a cohort's page: the pairs table (sorted and filtered), activity, reply times and burndown. */
@Component
class CohortPageAssembler {

    private static final Map<String, String> LABELS = Map.of(
            "number",
            "#",
            "intern",
            "Intern",
            "mentor",
            "Mentor",
            "task",
            "Task",
            "progress",
            "Milestones",
            "activity",
            "Last activity",
            "questions",
            "Open questions",
            "missed",
            "Missed check-ins",
            "risk",
            "Risk");

    private final PairFactsLoader loader;
    private final DashboardReads reads;
    private final Clock clock;

    CohortPageAssembler(PairFactsLoader loader, DashboardReads reads, Clock clock) {
        this.loader = loader;
        this.reads = reads;
        this.clock = clock;
    }

    CohortPage assemble(Viewer viewer, ViewerZone zone, String name, CohortFilter filter) {
        Cohort cohort = loader.cohort(viewer, name);
        List<PairFacts> pairs = loader.ofCohort(viewer, cohort.name());
        String base = Links.cohort(cohort.name());
        List<CohortPage.Column> columns = CohortFilter.COLUMNS.keySet().stream()
                .map(c -> new CohortPage.Column(LABELS.get(c), filter.sortedBy(base, c), filter.ariaSort(c)))
                .toList();
        List<PairRow> rows =
                filter.apply(pairs.stream().map(p -> PairRow.of(p, zone)).toList());
        ActivityChart activity = new ActivityChart();
        ReplyTimeChart replies = new ReplyTimeChart();
        BurndownChart burndown = new BurndownChart(zone.zone());
        for (PairFacts p : pairs) {
            activity.add(
                    p, reads.messagesByWeek(viewer.communityId(), p.internship().number()));
            replies.add(p.replyTimes());
            burndown.add(p);
        }
        LocalDate today = clock.instant().atZone(zone.zone()).toLocalDate();
        String dates = (cohort.starts() == null ? "…" : cohort.starts().toString()) + " – "
                + (cohort.ends() == null ? "…" : cohort.ends().toString());
        return new CohortPage(
                cohort.name(),
                cohort.status().name().toLowerCase(Locale.ROOT),
                dates,
                filter,
                columns,
                rows,
                pairs.size(),
                List.of(activity.render("activity"), replies.render("replies"), burndown.render("burndown", today)),
                base + "/pairs.csv",
                base + "/events.csv",
                base);
    }
}
