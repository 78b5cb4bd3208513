package dev.atelier.app.console;

import dev.atelier.core.clock.rounds.ClockRound;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.peerhelp.PeerHelpRound;
import java.time.Clock;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What makes the console a full trial beyond commands: its movable clock and the rounds to run after
 * moving it ({@code clock +2d}), and the threads of questions to reply in ({@code alice reply 3 ...}).
 */
public record ConsoleTrial(
        Clock clock,
        ClockHand hand,
        ClockRound round,
        PeerHelpRound peerHelp,
        LongFunction<Optional<ThreadRef>> questionThreads) {}
