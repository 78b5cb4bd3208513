package dev.atelier.core.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Builds the intern–mentor candidate edges fast enough for 20,000 × 5,000 pairs: the same hard
 * constraints as {@link LeftOutReasons#allowed} and the same points as {@link Scoring#points}, but
 * with skills and career words turned into bit sets once per member and forbidden pairs
 * (themselves, don't-pair lists, earlier pairs) looked up once per intern, so checking one pair is a
 * few bit operations. Each intern keeps its {@code topK} heaviest edges (all of them when
 * {@code topK} is 0), heaviest first and, among equal weights, in mentor order: the same edges,
 * in the same order, as sorting each intern's edges by weight.
 */
final class CandidateEdges {

    /** Pairs whose weights a pruned build remembers for {@link #visitAll}: one byte each, at most 200 MB. */
    static final long REMEMBER_LIMIT = 200_000_000L;

    private final Map<String, Integer> words = new HashMap<>();
    private byte[] remembered;
    private final List<Candidate> interns;
    private final List<Candidate> mentors;
    private final int width;
    private final long[] expertise;
    private final long[] mentorCareer;
    private final int[] mentorHours;
    private final int[] mentorCareerSize;
    private final Map<String, List<Integer>> avoidedByMentors = new HashMap<>();
    private final Map<String, List<Integer>> mentorIndexes = new HashMap<>();

    CandidateEdges(List<Candidate> interns, List<Candidate> mentors) {
        this.interns = interns;
        this.mentors = mentors;
        for (Candidate c : interns) {
            c.learning().forEach(this::word);
            c.careerWords().forEach(this::word);
        }
        width = (words.size() + 63) / 64;
        expertise = new long[mentors.size() * width];
        mentorCareer = new long[mentors.size() * width];
        mentorHours = new int[mentors.size()];
        mentorCareerSize = new int[mentors.size()];
        for (int m = 0; m < mentors.size(); m++) {
            Candidate mentor = mentors.get(m);
            System.arraycopy(bits(mentor.expertise()), 0, expertise, m * width, width);
            System.arraycopy(bits(mentor.careerWords()), 0, mentorCareer, m * width, width);
            mentorHours[m] = mentor.availability().utcHours();
            mentorCareerSize[m] = mentor.careerWords().size();
            int index = m;
            mentor.avoid()
                    .forEach(id -> avoidedByMentors
                            .computeIfAbsent(id, k -> new ArrayList<>())
                            .add(index));
            mentorIndexes.computeIfAbsent(mentor.id(), k -> new ArrayList<>()).add(m);
        }
    }

    /** Every allowed edge of every intern (weight = points + 1), each intern's {@code topK} best when {@code topK > 0}. */
    List<AssignmentSolver.Edge> build(Map<String, Set<String>> earlierMentors, boolean allowRepeats, int topK) {
        List<AssignmentSolver.Edge> edges = new ArrayList<>();
        int n = mentors.size();
        remembered = topK > 0 && (long) interns.size() * n <= REMEMBER_LIMIT ? new byte[interns.size() * n] : null;
        forEachIntern(earlierMentors, allowRepeats, i -> true, (i, weights, max) -> {
            keepBest(i, weights, max, topK, edges);
            if (max > Byte.MAX_VALUE) {
                remembered = null;
            }
            if (remembered != null) {
                for (int m = 0; m < n; m++) {
                    remembered[i * n + m] = (byte) weights[m];
                }
            }
        });
        return edges;
    }

    /**
     * Visits every allowed edge (weight = points + 1) of the interns {@code include} accepts, with the same
     * earlier pairs and repeat rule as the last {@link #build}: from the weights that build remembered
     * (one byte per pair, up to {@value #REMEMBER_LIMIT} pairs), else computed again.
     */
    void visitAll(
            Map<String, Set<String>> earlierMentors,
            boolean allowRepeats,
            IntPredicate include,
            OptimalityCertificate.EdgeSink sink) {
        if (remembered != null) {
            int n = mentors.size();
            for (int i = 0; i < interns.size(); i++) {
                if (!include.test(i)) {
                    continue;
                }
                for (int m = 0, at = i * n; m < n; m++, at++) {
                    if (remembered[at] > 0) {
                        sink.edge(i, m, remembered[at]);
                    }
                }
            }
            return;
        }
        forEachIntern(earlierMentors, allowRepeats, include, (i, weights, max) -> {
            for (int m = 0; m < weights.length; m++) {
                if (weights[m] > 0) {
                    sink.edge(i, m, weights[m]);
                }
            }
        });
    }

    private void forEachIntern(
            Map<String, Set<String>> earlierMentors, boolean allowRepeats, IntPredicate include, InternWeights each) {
        int[] weights = new int[mentors.size()];
        boolean[] forbidden = new boolean[mentors.size()];
        for (int i = 0; i < interns.size(); i++) {
            if (!include.test(i)) {
                continue;
            }
            Candidate intern = interns.get(i);
            List<Integer> blocked = blocked(intern, earlierMentors, allowRepeats);
            blocked.forEach(m -> forbidden[m] = true);
            int max = score(intern, forbidden, weights);
            blocked.forEach(m -> forbidden[m] = false);
            each.accept(i, weights, max);
        }
    }

    /** One intern's weights against every mentor (0: not allowed) and the largest. */
    private interface InternWeights {

        void accept(int intern, int[] weights, int max);
    }

    /** Fills {@code weights[m]} with points + 1 for each allowed mentor, 0 otherwise; returns the largest. */
    private int score(Candidate intern, boolean[] forbidden, int[] weights) {
        long[] learning = bits(intern.learning());
        long[] career = bits(intern.careerWords());
        boolean needsSkill = !intern.learning().isEmpty();
        int careerSize = intern.careerWords().size();
        int hours = intern.availability().utcHours();
        int max = 0;
        for (int m = 0; m < weights.length; m++) {
            int shared = common(learning, expertise, m * width);
            if (forbidden[m] || (needsSkill && shared == 0)) {
                weights[m] = 0;
                continue;
            }
            int points = Scoring.PER_SHARED_GOAL * Math.min(shared, Scoring.MAX_SHARED_GOALS);
            if (hours != 0 && mentorHours[m] != 0) {
                points += Scoring.PER_OVERLAP_HOUR
                        * Math.min(Integer.bitCount(hours & mentorHours[m]), Scoring.MAX_OVERLAP_HOURS);
            }
            int alike = common(career, mentorCareer, m * width);
            if (alike > 0) {
                int union = careerSize + mentorCareerSize[m] - alike;
                points += Math.round((float) Scoring.CAREER * alike / union);
            }
            weights[m] = points + 1;
            max = Math.max(max, points + 1);
        }
        return max;
    }

    /**
     * Appends intern {@code i}'s allowed edges, heaviest first, mentor order among equals, at most
     * {@code topK}: counts the edges per weight, finds the lightest weight still kept and how many of
     * that weight fit, then places each kept edge at its position in one pass (a counting sort).
     */
    private static void keepBest(int i, int[] weights, int max, int topK, List<AssignmentSolver.Edge> edges) {
        int[] count = new int[max + 1];
        for (int w : weights) {
            count[w]++;
        }
        int budget = topK > 0 ? topK : Integer.MAX_VALUE;
        int lightest = max + 1;
        int atLightest = 0;
        int kept = 0;
        for (int w = max; w >= 1 && kept < budget; w--) {
            if (count[w] > 0) {
                lightest = w;
                atLightest = Math.min(count[w], budget - kept);
                kept += atLightest;
            }
        }
        int[] next = new int[max + 1];
        int position = 0;
        for (int w = max; w >= lightest; w--) {
            next[w] = position;
            position += w == lightest ? atLightest : count[w];
        }
        AssignmentSolver.Edge[] best = new AssignmentSolver.Edge[kept];
        int takenAtLightest = 0;
        for (int m = 0; m < weights.length; m++) {
            int w = weights[m];
            if (w < lightest || w == 0) {
                continue;
            }
            if (w == lightest && takenAtLightest++ >= atLightest) {
                continue;
            }
            best[next[w]++] = new AssignmentSolver.Edge(i, m, w);
        }
        edges.addAll(Arrays.asList(best));
    }

    private List<Integer> blocked(Candidate intern, Map<String, Set<String>> earlierMentors, boolean allowRepeats) {
        List<Integer> blocked = new ArrayList<>(mentorIndexes.getOrDefault(intern.id(), List.of()));
        intern.avoid().forEach(id -> blocked.addAll(mentorIndexes.getOrDefault(id, List.of())));
        blocked.addAll(avoidedByMentors.getOrDefault(intern.id(), List.of()));
        if (!allowRepeats) {
            earlierMentors
                    .getOrDefault(intern.id(), Set.of())
                    .forEach(id -> blocked.addAll(mentorIndexes.getOrDefault(id, List.of())));
        }
        return blocked;
    }

    private void word(String word) {
        words.putIfAbsent(word, words.size());
    }

    /** A bit set of the words the interns use; words no intern uses cannot be shared, so they are left out. */
    private long[] bits(Set<String> set) {
        long[] bits = new long[(words.size() + 63) / 64];
        for (String word : set) {
            Integer index = words.get(word);
            if (index != null) {
                bits[index >> 6] |= 1L << (index & 63);
            }
        }
        return bits;
    }

    /** Words in common between {@code a} and the bit set at {@code offset} in {@code all}. */
    private int common(long[] a, long[] all, int offset) {
        if (width == 1) {
            return Long.bitCount(a[0] & all[offset]);
        }
        int n = 0;
        for (int k = 0; k < width; k++) {
            n += Long.bitCount(a[k] & all[offset + k]);
        }
        return n;
    }
}
