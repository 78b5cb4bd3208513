package dev.atelier.core.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Pairs interns with mentors, then gives each pair an open task, both as maximum-weight
 * assignments solved by the {@link AssignmentSolver}: first as many interns as possible get a
 * mentor, and among those assignments one of the highest total score; then as many pairs as
 * possible get a task, again of the highest total task score.
 *
 * <p>Hard constraints decide which intern–mentor edges exist at all: neither is paused, the mentor
 * has a free place, neither is on the other's don't-pair list, they were not paired before
 * (unless repeats are allowed), and when the intern states learning goals the mentor has
 * expertise in at least one. With {@code topK > 0} the solver first sees only each intern's (and each
 * pair's) {@code topK} best edges; an {@link OptimalityCertificate} then checks every feasible pair and
 * any edge that could improve the result is added and solved again ({@link ExactAssignment}), so the
 * result is optimal over all feasible pairs, not only over the pruned graph. A task is only given to a pair
 * whose intern's weekly hours reach the task's hours before the cohort ends ({@link TimeBudget}) and whose
 * portfolio meets what the task requires ({@link TaskGate}); {@link #topKFor}
 * keeps the full graph up to {@value #FULL_GRAPH_LIMIT} possible edges.
 *
 * <p>Load: a mentor never gets more interns than their free places (capacity minus the interns they mentor
 * now), and among assignments of equal total score the one giving interns to mentors with more free places
 * (counted up to {@value #SPREAD_CAP}) wins, which spreads the load.
 */
public final class Matcher {

    public static final int FULL_GRAPH_LIMIT = 1_000_000;
    public static final int DEFAULT_TOP_K = 25;
    /** Free places counted when spreading load: a mentor with more room wins a tie, up to this many places. */
    static final int SPREAD_CAP = 5;

    private final AssignmentSolver solver;

    public Matcher(AssignmentSolver solver) {
        this.solver = solver;
    }

    public Proposal match(MatchingProblem p) {
        LeftOutReasons why = new LeftOutReasons(p);
        List<Candidate> interns =
                p.interns().stream().filter(i -> !i.pausedOn(p.today())).toList();
        List<Candidate> mentors = p.mentors().stream()
                .filter(m -> !m.pausedOn(p.today()) && m.places() > 0)
                .toList();
        int[] capacities = mentors.stream().mapToInt(Candidate::places).toArray();
        CandidateEdges candidates = new CandidateEdges(interns, mentors);
        List<AssignmentSolver.Edge> edges =
                spreadLoad(candidates.build(why.earlierMentors(), p.allowRepeats(), p.topK()), mentors, interns.size());
        OptimalityCertificate.AllEdges allPairs = p.topK() <= 0
                ? null
                : (include, sink) -> candidates.visitAll(
                        why.earlierMentors(),
                        p.allowRepeats(),
                        include,
                        (i, m, w) -> sink.edge(i, m, spread(w, mentors.get(m), interns.size())));
        int[] mentorOf = ExactAssignment.solve(
                        solver, interns.size(), capacities, edges, allPairs, onePoint(interns.size()))
                .assigned();
        List<Integer> paired = new ArrayList<>();
        for (int i = 0; i < interns.size(); i++) {
            if (mentorOf[i] >= 0) {
                paired.add(i);
            }
        }
        int[] taskOf = assignTasks(p, interns, mentors, mentorOf, paired);
        List<Proposal.Pair> pairs = new ArrayList<>();
        int total = 0;
        int[] used = new int[mentors.size()];
        for (int k = 0; k < paired.size(); k++) {
            int i = paired.get(k);
            Candidate intern = interns.get(i);
            Candidate mentor = mentors.get(mentorOf[i]);
            used[mentorOf[i]]++;
            PairScore score = Scoring.pair(intern, mentor);
            OpenTask task = taskOf[k] < 0 ? null : p.tasks().get(taskOf[k]);
            if (task != null) {
                score = score.plus(Scoring.task(intern, mentor, task));
                Optional<String> time = p.time().reason(intern.id(), task, p.today());
                if (time.isPresent()) {
                    score = score.plus(new PairScore(0, List.of(time.get())));
                }
                Optional<String> opened = p.gate().opened(intern.id(), task);
                if (opened.isPresent()) {
                    score = score.plus(new PairScore(0, List.of(opened.get())));
                }
            } else if (p.tasks().stream().anyMatch(t -> !p.time().fits(intern.id(), t, p.today()))) {
                score = score.plus(
                        new PairScore(0, List.of("no open task fits the intern's hours before the cohort " + "ends")));
            } else {
                Optional<String> blocked = p.tasks().stream()
                        .map(t -> p.gate().blocked(intern.id(), t))
                        .flatMap(Optional::stream)
                        .findFirst();
                if (blocked.isPresent()) {
                    score = score.plus(new PairScore(0, List.of("no open task yet: " + blocked.get())));
                }
            }
            total += score.points();
            pairs.add(Proposal.Pair.of(intern, mentor, task, score.points(), score.explanation()));
        }
        List<Proposal.LeftOut> leftOut = new ArrayList<>();
        IdentityHashMap<Candidate, Integer> internIndex = indexes(interns);
        IdentityHashMap<Candidate, Integer> mentorIndex = indexes(mentors);
        List<List<Integer>> suitable = new ArrayList<>();
        interns.forEach(x -> suitable.add(new ArrayList<>()));
        edges.forEach(e -> suitable.get(e.left()).add(e.right()));
        for (Candidate intern : p.interns()) {
            int i = internIndex.getOrDefault(intern, -1);
            if (i < 0 || mentorOf[i] < 0) {
                leftOut.add(new Proposal.LeftOut(
                        intern.id(),
                        intern.name(),
                        "intern",
                        why.intern(intern, i < 0 ? List.of() : suitable.get(i), mentors)));
            }
        }
        for (Candidate mentor : p.mentors()) {
            int m = mentorIndex.getOrDefault(mentor, -1);
            if (m < 0 || used[m] == 0) {
                leftOut.add(new Proposal.LeftOut(mentor.id(), mentor.name(), "mentor", why.mentor(mentor)));
            }
        }
        return new Proposal(pairs, leftOut, total);
    }

    /**
     * Score first; among equal scores, the mentor with more free places (counted up to {@value #SPREAD_CAP}):
     * the extra weight of a whole assignment is below one point of score, so it only breaks ties.
     */
    private static List<AssignmentSolver.Edge> spreadLoad(
            List<AssignmentSolver.Edge> edges, List<Candidate> mentors, int interns) {
        return edges.stream()
                .map(e -> new AssignmentSolver.Edge(
                        e.left(), e.right(), spread(e.weight(), mentors.get(e.right()), interns)))
                .toList();
    }

    private static int spread(int weight, Candidate mentor, int interns) {
        return (int) Math.min(Integer.MAX_VALUE, weight * onePoint(interns) + Math.min(mentor.places(), SPREAD_CAP));
    }

    /** One point of score as a spread weight. */
    private static long onePoint(int interns) {
        return (long) SPREAD_CAP * interns + 1;
    }

    /** Each left node's {@code topK} heaviest edges, or all of them when {@code topK} is 0. */
    private static List<AssignmentSolver.Edge> best(List<AssignmentSolver.Edge> own, int topK) {
        if (topK <= 0 || own.size() <= topK) {
            return own;
        }
        own.sort(Comparator.comparingInt(AssignmentSolver.Edge::weight).reversed());
        return own.subList(0, topK);
    }

    /** The {@code topK} to use: 0 (the full graph) up to {@value #FULL_GRAPH_LIMIT} edges, else {@value #DEFAULT_TOP_K}. */
    public static int topKFor(int interns, int mentors) {
        return (long) interns * mentors <= FULL_GRAPH_LIMIT ? 0 : DEFAULT_TOP_K;
    }

    private static IdentityHashMap<Candidate, Integer> indexes(List<Candidate> list) {
        IdentityHashMap<Candidate, Integer> index = new IdentityHashMap<>();
        for (int k = 0; k < list.size(); k++) {
            index.put(list.get(k), k);
        }
        return index;
    }

    private int[] assignTasks(
            MatchingProblem p, List<Candidate> interns, List<Candidate> mentors, int[] mentorOf, List<Integer> paired) {
        if (p.tasks().isEmpty()) {
            return paired.stream().mapToInt(x -> -1).toArray();
        }
        int[][] weights = new int[paired.size()][p.tasks().size()];
        List<AssignmentSolver.Edge> edges = new ArrayList<>();
        for (int k = 0; k < paired.size(); k++) {
            Candidate intern = interns.get(paired.get(k));
            Candidate mentor = mentors.get(mentorOf[paired.get(k)]);
            List<AssignmentSolver.Edge> own = new ArrayList<>();
            for (int t = 0; t < p.tasks().size(); t++) {
                if (!p.time().fits(intern.id(), p.tasks().get(t), p.today())
                        || p.gate().blocked(intern.id(), p.tasks().get(t)).isPresent()) {
                    continue;
                }
                weights[k][t] = Scoring.task(intern, mentor, p.tasks().get(t)).points() + 1;
                own.add(new AssignmentSolver.Edge(k, t, weights[k][t]));
            }
            edges.addAll(best(own, p.topK()));
        }
        int[] ones = new int[p.tasks().size()];
        java.util.Arrays.fill(ones, 1);
        OptimalityCertificate.AllEdges allTasks = p.topK() <= 0
                ? null
                : (include, sink) -> {
                    for (int k = 0; k < weights.length; k++) {
                        for (int t = 0; include.test(k) && t < weights[k].length; t++) {
                            if (weights[k][t] > 0) {
                                sink.edge(k, t, weights[k][t]);
                            }
                        }
                    }
                };
        return ExactAssignment.solve(solver, paired.size(), ones, edges, allTasks, 1)
                .assigned();
    }
}
