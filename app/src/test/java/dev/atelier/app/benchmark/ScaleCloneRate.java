package dev.atelier.app.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;

/**
 * Harness (not a test): the write rate of {@link ScaleClone} on a store {@link ScaleBenchmark} wrote (work on a
 * copy: it adds communities). Arguments: {@code directory from to}, the clones {@code TC<from>} ..
 * {@code TC<to - 1>}, which must not be in the store yet. See BENCHMARKS.md.
 */
public final class ScaleCloneRate {

    private ScaleCloneRate() {}

    public static void main(String[] args) {
        Path directory = Path.of(args[0]);
        int from = Integer.parseInt(args[1]);
        int to = Integer.parseInt(args[2]);
        long start = System.nanoTime();
        Map<String, Long> counts = ScaleBenchmark.cloneInProcess(directory, from, to);
        double seconds = (System.nanoTime() - start) / 1e9;
        long documents = counts.entrySet().stream()
                .filter(e -> !e.getKey().equals(ScaleClone.PENDING_ITEMS))
                .mapToLong(Map.Entry::getValue)
                .sum();
        System.out.printf(
                "in-process clone of %d communities: %,d documents in %.1f s = %,.0f a second; load average %.1f; %s%n",
                to - from,
                documents,
                seconds,
                documents / seconds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                counts);
    }
}
