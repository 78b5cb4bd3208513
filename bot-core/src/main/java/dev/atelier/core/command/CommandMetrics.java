package dev.atelier.core.command;

import java.time.Duration;

/**
 * Port: what the core reports about commands for monitoring. The application implements it with its
 * metrics registry; the core keeps no metrics library of its own.
 */
public interface CommandMetrics {

    /** Reports nothing. */
    CommandMetrics NONE = new CommandMetrics() {};

    /** A catalog command ran: {@code outcome} is {@code ok}, {@code refused} (a clear refusal) or {@code failed}. */
    default void command(String name, String outcome) {}

    /** A stored command was answered {@code latency} after it arrived, through {@code how} (reply channel, dm, none). */
    default void replied(Duration latency, String how) {}
}
