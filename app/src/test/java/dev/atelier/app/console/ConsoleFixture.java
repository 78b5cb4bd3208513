package dev.atelier.app.console;

import dev.atelier.core.testing.MutableClock;
import dev.atelier.core.testing.TestAtelier;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A console session on the real core, as {@code atelier console} runs it: "mod" moderates, the console's
 * clock (moved by {@code clock +2d}) starts on Mon 2026-11-23 09:00 UTC, and what the session prints is
 * captured per {@link #run}.
 */
final class ConsoleFixture {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    final TestAtelier atelier;
    private final ConsoleSession session;

    ConsoleFixture() {
        ConsolePlatform platform = new ConsolePlatform(out);
        atelier = TestAtelier.start(List.of(platform), List.of(platform), clock);
        session = new ConsoleSession(
                atelier.bot(),
                "local",
                Set.of("mod"),
                out,
                new ConsoleTrial(
                        clock,
                        by -> {
                            clock.advance(by);
                            return clock.instant();
                        },
                        atelier.services().clockRound(),
                        atelier.services().peerHelp(),
                        platform::questionThread));
    }

    /** Runs the script's lines, echoed, and returns what the session printed for them. */
    String run(String script) throws Exception {
        bytes.reset();
        session.run(new BufferedReader(new StringReader(script)), true);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    void close() {
        atelier.close();
    }
}
