package dev.atelier.core.matching;

import dev.atelier.core.solver.FlowAssignmentSolver;
import dev.atelier.core.solver.OrToolsAssignmentSolver;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark harness (not a test): matches a synthetic cohort and prints time (whole match, and the
 * solver's share), peak heap and total score for the OR-Tools and the JGraphT min-cost-flow solvers
 * on the pruned candidate graph, both on the full graph (the exact reference; skipped above
 * {@code exactLimit} interns), and a greedy baseline. JGraphT on the pruned graph is skipped above
 * {@code jgraphtLimit} interns (95 s at 20,000 × 5,000).
 *
 * <p>Arguments: {@code interns mentors [topK] [exactLimit] [jgraphtLimit]}. See BENCHMARKS.md for the command.
 */
public final class MatchingBenchmark {

    private static final String[] SKILLS = {
        "java", "sql", "rails", "go", "python", "testing", "react", "css", "docker", "kotlin", "rust", "swift", "aws",
        "linux", "git", "graphql", "spring", "django", "node", "ml"
    };
    private static final String[] CAREER = {
        "backend",
        "frontend",
        "data",
        "mobile",
        "devops",
        "security",
        "startup",
        "freelance",
        "teaching",
        "research",
        "design",
        "product"
    };

    private MatchingBenchmark() {}

    public static void main(String[] args) {
        int interns = Integer.parseInt(args[0]);
        int mentors = Integer.parseInt(args[1]);
        int topK = args.length > 2 ? Integer.parseInt(args[2]) : Matcher.DEFAULT_TOP_K;
        int exactLimit = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
        int jgraphtLimit = args.length > 4 ? Integer.parseInt(args[4]) : 2_000;
        Random random = new Random(7);
        List<Candidate> in = new ArrayList<>();
        for (int i = 0; i < interns; i++) {
            in.add(candidate(random, "i" + i, 0));
        }
        List<Candidate> men = new ArrayList<>();
        for (int m = 0; m < mentors; m++) {
            men.add(candidate(random, "m" + m, 1 + random.nextInt(5)));
        }
        Set<String> earlier = new HashSet<>();
        for (int e = 0; e < interns / 10; e++) {
            earlier.add(MatchingProblem.pairKey("i" + random.nextInt(interns), "m" + random.nextInt(mentors)));
        }
        System.out.printf(
                "%,d interns, %,d mentors (%,d places), top-k %d%n",
                interns, mentors, men.stream().mapToInt(Candidate::places).sum(), topK);
        OrToolsAssignmentSolver orTools = new OrToolsAssignmentSolver(new FlowAssignmentSolver());
        System.out.println("OR-Tools native solver loaded: " + orTools.usesNativeSolver());
        run("OR-Tools min-cost flow, top-k", orTools, in, men, earlier, topK);
        if (interns <= jgraphtLimit) {
            run("JGraphT min-cost flow, top-k", new FlowAssignmentSolver(), in, men, earlier, topK);
        }
        run("greedy, top-k", new GreedySolver(), in, men, earlier, topK);
        if (interns <= exactLimit) {
            run("OR-Tools min-cost flow, full graph", orTools, in, men, earlier, 0);
            run("JGraphT min-cost flow, full graph", new FlowAssignmentSolver(), in, men, earlier, 0);
            run("greedy, full graph", new GreedySolver(), in, men, earlier, 0);
        }
    }

    private static void run(
            String name,
            AssignmentSolver solver,
            List<Candidate> in,
            List<Candidate> men,
            Set<String> earlier,
            int topK) {
        long[] solving = new long[3];
        AssignmentSolver timed = (left, capacities, edges) -> {
            long from = System.nanoTime();
            int[] result = solver.assign(left, capacities, edges);
            solving[0] += System.nanoTime() - from;
            solving[1] += edges.size();
            solving[2]++;
            return result;
        };
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = used();
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Proposal proposal = new Matcher(timed)
                .match(new MatchingProblem(in, men, List.of(), earlier, false, LocalDate.of(2026, 11, 23), topK));
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        System.out.printf(
                "%-36s %,8d ms wall, %,d ms CPU (solver %,d ms wall, %,d solves, %,d edges)  peak heap %,6d MB "
                        + "(+%,d MB)  paired %,d  total score %,d%n",
                name,
                millis,
                cpuMillis,
                solving[0] / 1_000_000,
                solving[2],
                solving[1],
                peak >> 20,
                (peak - before) >> 20,
                proposal.pairs().size(),
                proposal.totalScore());
    }

    private static long used() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed())
                .sum();
    }

    private static Candidate candidate(Random random, String id, int places) {
        Set<String> learning = pick(random, SKILLS, 1 + random.nextInt(3));
        Set<String> expertise = places > 0 ? pick(random, SKILLS, 3 + random.nextInt(5)) : Set.of();
        int offset = (random.nextInt(24) - 11) * 60;
        int from = 7 + random.nextInt(6);
        return new Candidate(
                id,
                id,
                Map.of(),
                places > 0 ? Set.of() : learning,
                pick(random, CAREER, 2),
                Availability.of(from, from + 4 + random.nextInt(6), offset),
                expertise,
                places,
                null,
                Set.of());
    }

    private static Set<String> pick(Random random, String[] from, int n) {
        Set<String> out = new HashSet<>();
        while (out.size() < n) {
            out.add(from[random.nextInt(from.length)]);
        }
        return out;
    }
}
