package dev.atelier.app.dashboard;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.internship.InternshipStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Builds the cohorts overview of the viewer's community. */
@Component
class CohortsPageAssembler {

    private final PairFactsLoader loader;

    CohortsPageAssembler(PairFactsLoader loader) {
        this.loader = loader;
    }

    CohortsPage assemble(Viewer viewer, ViewerZone zone) {
        List<CohortsPage.Card> cards = new ArrayList<>();
        long pairs = 0;
        long atRisk = 0;
        for (Cohort cohort : loader.cohorts(viewer)) {
            CohortsPage.Card card = card(cohort, loader.ofCohort(viewer, cohort.name()));
            cards.add(card);
            pairs += card.pairs();
            atRisk += card.atRisk();
        }
        List<PairFacts> loose = loader.ofCohort(viewer, null);
        List<PairRow> withoutCohort =
                loose.stream().map(f -> PairRow.of(f, zone)).toList();
        atRisk += withoutCohort.stream().filter(PairRow::atRisk).count();
        return new CohortsPage(cards, withoutCohort, pairs + withoutCohort.size(), atRisk);
    }

    private static CohortsPage.Card card(Cohort cohort, List<PairFacts> pairs) {
        List<CohortsPage.Count> byStatus = Arrays.stream(InternshipStatus.values())
                .map(s -> new CohortsPage.Count(
                        s.name().toLowerCase(Locale.ROOT),
                        pairs.stream().filter(p -> p.internship().status() == s).count()))
                .filter(c -> c.pairs() > 0)
                .toList();
        long approved = pairs.stream().mapToLong(PairFacts::approved).sum();
        long planned = pairs.stream().mapToLong(PairFacts::planned).sum();
        String dates = cohort.starts() == null && cohort.ends() == null
                ? "no dates set"
                : (cohort.starts() == null ? "…" : cohort.starts().toString()) + " – "
                        + (cohort.ends() == null ? "…" : cohort.ends().toString());
        return new CohortsPage.Card(
                cohort.name(),
                Links.cohort(cohort.name()),
                cohort.status().name().toLowerCase(Locale.ROOT),
                dates,
                byStatus,
                approved,
                planned,
                planned == 0 ? 0 : (int) Math.round(100.0 * approved / planned),
                pairs.stream().filter(p -> p.risk().atRisk()).count(),
                pairs.size());
    }
}
