package dev.atelier.core.planfit;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipFigures;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.message.Text;
import java.util.ArrayList;
import java.util.List;

/** Adds to an internship's line in {@code status} and home: hours against estimates, and a plan that does not fit. */
public final class PlanFigures implements InternshipFigures {

    private final CheckPlan check;

    public PlanFigures(CheckPlan check) {
        this.check = check;
    }

    @Override
    public List<Text> linesFor(String communityId, Internship internship) {
        List<Text> lines = new ArrayList<>();
        BurnUp burnUp = BurnUp.of(internship, check.estimates(internship));
        if (!burnUp.empty()) {
            lines.add(Text.of(burnUp.line()));
        }
        if (internship.status() == InternshipStatus.ACTIVE) {
            check.check(internship)
                    .ifPresent(v -> lines.add(v.text(internship.data().intern().name() + " has")));
        }
        return lines;
    }
}
