package dev.atelier.core.completion;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.cohort.NoSuchCohort;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.pay.Csv;
import dev.atelier.core.pay.Hours;
import dev.atelier.core.pay.PayStatement;
import dev.atelier.core.pay.Share;
import dev.atelier.core.shared.Plural;
import dev.atelier.core.shared.Requester;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/** {@code cohort statements <cohort>}: the pay statements of a cohort's completed internships as CSV, for the organiser. */
public final class ExportStatements {

    /** Chat messages hold a few thousand characters; longer exports are cut with a note. */
    static final int MAX_CHARS = 2800;

    static final List<String> HEADER = List.of(
            "cohort",
            "internship",
            "task",
            "completed",
            "role",
            "member_id",
            "member_name",
            "hours",
            "amount",
            "currency",
            "minor_units",
            "rule");

    private final CohortStore cohorts;
    private final InternshipStore internships;

    public ExportStatements(CohortStore cohorts, InternshipStore internships) {
        this.cohorts = cohorts;
        this.internships = internships;
    }

    public Outcome execute(Requester requester, String cohortName) {
        Cohort cohort =
                cohorts.find(requester.communityId(), cohortName).orElseThrow(() -> new NoSuchCohort(cohortName));
        String csv = csv(cohort, internships.findByCohort(requester.communityId(), cohort.name()));
        int rows = (int) csv.lines().count() - 1;
        if (rows == 0) {
            return Outcome.reply(Message.privateReply(Text.builder()
                    .plain("Cohort ")
                    .bold(cohort.name())
                    .plain(" has no completed internship with a budget yet, so there is nothing to pay.")
                    .build()));
        }
        String shown = csv;
        Text note = Text.empty();
        if (csv.length() > MAX_CHARS) {
            int cut = csv.lastIndexOf("\r\n", MAX_CHARS) + 2;
            shown = csv.substring(0, cut);
            note = Text.builder()
                    .line()
                    .plain("⚠️ Cut after " + (shown.lines().count() - 1) + " of " + Plural.of(rows, "row")
                            + ": export a smaller cohort.")
                    .build();
        }
        return Outcome.reply(Message.privateReply(Text.builder()
                        .plain("Pay statements of cohort ")
                        .bold(cohort.name())
                        .plain(" (" + Plural.of(rows, "row") + "; amounts in the currency's units, minor_units exact):")
                        .codeBlock(shown.strip())
                        .text(note)
                        .build())
                .withTitle("Statements · " + cohort.name()));
    }

    /** The CSV text: a header, then one row per person of each completed internship with a statement. */
    public static String csv(Cohort cohort, List<Internship> all) {
        StringBuilder out = new StringBuilder(Csv.row(HEADER));
        for (Internship i : all.stream()
                .sorted(java.util.Comparator.comparingLong(Internship::number))
                .toList()) {
            PayStatement s = i.completion().statement();
            if (i.status() != InternshipStatus.COMPLETED || s == null) {
                continue;
            }
            String completed = i.completion().review() == null
                    ? ""
                    : i.completion().review().at().toString().substring(0, 10);
            for (Share share : s.shares()) {
                int digits =
                        Math.max(Currency.getInstance(s.budget().currency()).getDefaultFractionDigits(), 0);
                out.append(Csv.row(List.of(
                        cohort.name(),
                        Long.toString(i.number()),
                        i.data().taskTitle(),
                        completed,
                        share.role(),
                        share.memberId(),
                        share.memberName(),
                        Hours.format(share.minutes()).replace(" h", ""),
                        BigDecimal.valueOf(share.minorUnits(), digits).toPlainString(),
                        s.budget().currency(),
                        Long.toString(share.minorUnits()),
                        s.rule())));
            }
        }
        return out.toString();
    }
}
