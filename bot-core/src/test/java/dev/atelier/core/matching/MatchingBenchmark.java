package dev.atelier.core.matching;

import dev.atelier.core.solver.FlowAssignmentSolver;
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
 * Benchmark harness (not a test): matches a synthetic cohort and prints time, peak heap and total
 * score for the min-cost-flow solver on the pruned candidate graph, the same solver on the full
 * graph (the exact reference; skipped above {@code exactLimit} interns) and a greedy baseline.
 *
 * <p>Arguments: {@code interns mentors [topK] [exactLimit]}. See BENCHMARKS.md for the command.
 */
public final class MatchingBenchmark {

    private static final String[] SKILLS = {"java", "sql", "rails", "go", "python", "testing", "react", "css",
        "docker", "kotlin", "rust", "swift", "aws", "linux", "git", "graphql", "spring", "django", "node", "ml"};
    private static final String[] CAREER = {"backend", "frontend", "data", "mobile", "devops", "security",
        "startup", "freelance", "teaching", "research", "design", "product"};

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        int interns = Integer.parseInt(args[0]);
        int mentors = Integer.parseInt(args[1]);
        int topK = args.length > 2 ? Integer.parseInt(args[2]) : Matcher.DEFAULT_TOP_K;
        int exactLimit = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
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
        System.out.printf("%,d interns, %,d mentors (%,d places), top-k %d%n", interns, mentors,
                men.stream().mapToInt(Candidate::places).sum(), topK);
        run("min-cost flow, top-k", new FlowAssignmentSolver(), in, men, earlier, topK);
        run("greedy, top-k", new GreedySolver(), in, men, earlier, topK);
        if (interns <= exactLimit) {
            run("min-cost flow, full graph (exact)", new FlowAssignmentSolver(), in, men, earlier, 0);
            run("greedy, full graph", new GreedySolver(), in, men, earlier, 0);
        }
    }

    private static void run(String name, AssignmentSolver solver, List<Candidate> in, List<Candidate> men,
                            Set<String> earlier, int topK) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = used();
        long start = System.nanoTime();
        Proposal proposal = new Matcher(solver).match(new MatchingProblem(in, men, List.of(), earlier, false,
                LocalDate.of(2026, 11, 23), topK));
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%-36s %,8d ms  peak heap %,6d MB (+%,d MB)  paired %,d  total score %,d%n", name, millis,
                peak >> 20, (peak - before) >> 20, proposal.pairs().size(), proposal.totalScore());
    }

    private static long used() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static Candidate candidate(Random random, String id, int places) {
        Set<String> learning = pick(random, SKILLS, 1 + random.nextInt(3));
        Set<String> expertise = places > 0 ? pick(random, SKILLS, 3 + random.nextInt(5)) : Set.of();
        int offset = (random.nextInt(24) - 11) * 60;
        int from = 7 + random.nextInt(6);
        return new Candidate(id, id, Map.of(), places > 0 ? Set.of() : learning, pick(random, CAREER, 2),
                Availability.of(from, from + 4 + random.nextInt(6), offset), expertise, places, null, Set.of());
    }

    private static Set<String> pick(Random random, String[] from, int n) {
        Set<String> out = new HashSet<>();
        while (out.size() < n) {
            out.add(from[random.nextInt(from.length)]);
        }
        return out;
    }
}
