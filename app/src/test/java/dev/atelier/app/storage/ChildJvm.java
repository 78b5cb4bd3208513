package dev.atelier.app.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@link CrashingWriter} in a child JVM and collects what it reported as acknowledged. */
final class ChildJvm {

    private ChildJvm() {}

    /** The output of a finished child: the lines it printed before it was halted. */
    record Run(int exitCode, List<String> lines, String stderr) {

        List<String> idsOf(String kind) {
            String prefix = kind + " ";
            return lines.stream()
                    .filter(line -> line.startsWith(prefix))
                    .map(line -> line.substring(prefix.length()))
                    .toList();
        }
    }

    static Run crashAfterWrites(Path directory, String backend, String scenario, int n)
            throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("crashing-writer", ".out");
        Path stderr = Files.createTempFile("crashing-writer", ".err");
        try {
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-XX:TieredStopAtLevel=1",
                            "-cp",
                            System.getProperty("java.class.path"),
                            CrashingWriter.class.getName(),
                            directory.toString(),
                            backend,
                            scenario,
                            Integer.toString(n))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("child JVM did not finish in 60 s");
            }
            List<String> lines = new ArrayList<>(Files.readAllLines(stdout));
            return new Run(process.exitValue(), lines, Files.readString(stderr));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
