package dev.atelier.core.pairing;

import dev.atelier.core.enrolment.Requirement;
import dev.atelier.core.matching.OpenTask;
import dev.atelier.core.matching.TaskGate;
import dev.atelier.core.trajectory.Trajectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A cohort's task requirements against each intern's portfolio, with the reason either way. */
record PortfolioGate(Map<Long, Requirement> requires, Map<String, List<Requirement.Earned>> earned)
        implements TaskGate {

    @Override
    public Optional<String> blocked(String internId, OpenTask task) {
        Requirement r = requires.get(task.number());
        List<Requirement.Earned> has = earned.getOrDefault(internId, List.of());
        if (r == null || r.metBy(has)) {
            return Optional.empty();
        }
        return Optional.of("task #" + task.number() + " requires " + r.label() + "; the intern's portfolio has "
                + (has.isEmpty() ? "no completed internship" : Trajectory.describe(has)));
    }

    @Override
    public Optional<String> opened(String internId, OpenTask task) {
        Requirement r = requires.get(task.number());
        List<Requirement.Earned> has = earned.getOrDefault(internId, List.of());
        if (r == null || !r.metBy(has)) {
            return Optional.empty();
        }
        return Optional.of("task #" + task.number() + " requires " + r.label() + ", which the intern's portfolio has ("
                + Trajectory.describe(has) + ")");
    }
}
