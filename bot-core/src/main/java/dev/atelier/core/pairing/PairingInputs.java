package dev.atelier.core.pairing;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.enrolment.Requirement;
import dev.atelier.core.enrolment.Role;
import dev.atelier.core.enrolment.Roster;
import dev.atelier.core.enrolment.RosterStore;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.matching.Candidate;
import dev.atelier.core.matching.Matcher;
import dev.atelier.core.matching.MatchingProblem;
import dev.atelier.core.matching.OpenTask;
import dev.atelier.core.matching.TimeBudget;
import dev.atelier.core.profile.Profile;
import dev.atelier.core.profile.ProfileStore;
import dev.atelier.core.task.Task;
import dev.atelier.core.task.TaskStore;
import dev.atelier.core.trajectory.Trajectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Gathers one cohort's matching problem from the roster, the profiles, the tasks and past internships. */
public final class PairingInputs {

    static final int SCAN = 10_000;

    private final ProfileStore profiles;
    private final InternshipStore internships;
    private final TaskStore tasks;
    private final CohortStore cohorts;
    private final Trajectory trajectory;
    private final Clock clock;

    PairingInputs(Stores stores, Clock clock) {
        this.profiles = stores.profiles();
        this.internships = stores.internships();
        this.tasks = stores.tasks();
        this.cohorts = stores.cohorts();
        this.trajectory = new Trajectory(stores.internships(), stores.rosters(), stores.cohorts(), stores.tasks());
        this.clock = clock;
    }

    /** The stores pairing reads. */
    public record Stores(
            ProfileStore profiles,
            InternshipStore internships,
            TaskStore tasks,
            CohortStore cohorts,
            RosterStore rosters) {}

    /** The problem, and the interns left aside because they already work in an internship of the cohort. */
    record Loaded(MatchingProblem problem, List<String> alreadyPaired) {}

    Loaded load(Roster roster, boolean allowRepeats) {
        return load(roster, allowRepeats, List.of());
    }

    /** As {@link #load(Roster, boolean)}, with declined pairs ({@code internId|mentorId}) on the intern's don't-pair list. */
    Loaded load(Roster roster, boolean allowRepeats, List<String> declined) {
        String communityId = roster.communityId();
        List<Internship> all = internships.list(communityId, SCAN);
        List<Internship> active =
                all.stream().filter(i -> i.status() == InternshipStatus.ACTIVE).toList();
        Set<String> earlier = all.stream()
                .map(i -> MatchingProblem.pairKey(
                        i.data().intern().id(), i.data().mentor().id()))
                .collect(Collectors.toSet());
        Map<String, Integer> busy = new HashMap<>();
        Set<String> inCohort = new HashSet<>();
        Set<Long> taken = new HashSet<>();
        for (Internship i : active) {
            busy.merge(i.data().mentor().id(), 1, Integer::sum);
            taken.add(i.data().taskNumber());
            if (roster.cohortName().equalsIgnoreCase(String.valueOf(i.data().cohortName()))) {
                inCohort.add(i.data().intern().id());
            }
        }
        List<Roster.Enrollee> enrolled = new ArrayList<>(roster.active(Role.INTERN));
        enrolled.addAll(roster.active(Role.MENTOR));
        Map<String, Profile> byId =
                profiles
                        .findAll(
                                communityId,
                                enrolled.stream().map(e -> e.member().id()).toList())
                        .stream()
                        .collect(Collectors.toMap(p -> p.member().id(), Function.identity()));
        List<Candidate> interns = new ArrayList<>();
        List<String> alreadyPaired = new ArrayList<>();
        List<Candidate> mentors = new ArrayList<>();
        for (Roster.Enrollee e : enrolled) {
            Profile p = byId.getOrDefault(e.member().id(), Profile.empty(communityId, e.member()));
            if (e.role() == Role.MENTOR) {
                mentors.add(Candidates.of(
                        e.member(), p, busy.getOrDefault(e.member().id(), 0), clock.instant()));
            } else if (inCohort.contains(e.member().id())) {
                alreadyPaired.add(e.member().id());
            } else {
                interns.add(Candidates.declining(Candidates.of(e.member(), p, 0, clock.instant()), declined));
            }
        }
        List<OpenTask> open = new ArrayList<>();
        for (Roster.CohortTask t : roster.tasks()) {
            if (!taken.contains(t.taskNumber())) {
                tasks.find(communityId, t.taskNumber()).ifPresent(task -> open.add(openTask(task, t.level())));
            }
        }
        Map<String, Integer> weekly = new HashMap<>();
        byId.values().stream()
                .filter(p -> p.weeklyHours() != null)
                .forEach(p -> weekly.put(p.member().id(), p.weeklyHours()));
        Optional<Cohort> cohort = cohorts.find(communityId, roster.cohortName());
        TimeBudget time = new TimeBudget(
                weekly,
                cohort.map(Cohort::starts).orElse(null),
                cohort.map(Cohort::ends).orElse(null));
        Map<Long, Requirement> requires = new HashMap<>();
        roster.tasks().stream()
                .filter(t -> t.requires() != null)
                .forEach(t -> requires.put(t.taskNumber(), t.requires()));
        Map<String, List<Requirement.Earned>> earned = new HashMap<>();
        if (!requires.isEmpty()) {
            interns.forEach(c -> earned.put(c.id(), trajectory.earned(communityId, c.id())));
        }
        MatchingProblem problem = new MatchingProblem(
                interns,
                mentors,
                open,
                earlier,
                allowRepeats,
                LocalDate.now(clock),
                Matcher.topKFor(interns.size(), mentors.size()),
                time,
                new PortfolioGate(requires, earned));
        return new Loaded(problem, alreadyPaired);
    }

    static OpenTask openTask(Task task, int level) {
        return new OpenTask(
                task.number(),
                task.title(),
                task.skills().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(),
                level,
                task.estimatedHours() == null ? 0 : task.estimatedHours());
    }
}
