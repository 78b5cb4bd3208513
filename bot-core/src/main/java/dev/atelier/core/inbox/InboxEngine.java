package dev.atelier.core.inbox;

import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.command.CommandMetrics;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.workspace.Outbound;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through stored commands one lane at a time: claims a lane, and for each of its unfinished
 * commands in arrival order runs it through the core (unless it was already applied), stores the
 * reply with it, answers through the platform's reply channel while that is valid (else by DM), and
 * marks it answered. A command that was applied before a crash is answered with its stored reply,
 * never run again. A command whose run fails unexpectedly stays pending and its lane is tried again
 * a little later. The lane's lease is renewed once half of it has gone by (each write costs a
 * durable commit on the embedded store). A command the platform says this instance cannot run (a Discord server
 * on another instance's shards) is left, its lane given back for that instance to claim.
 */
public final class InboxEngine {

    /** Answered through the platform's reply channel. */
    public static final String BY_REPLY = "reply";
    /** Answered by direct message: the reply channel had expired or refused. */
    public static final String BY_DM = "dm";
    /** Nothing to answer. */
    public static final String NONE = "none";

    static final Duration RETRY = Duration.ofSeconds(30);
    /**
     * How long a lane whose command this instance cannot run (its community is served through another instance's
     * connection) is left before anyone claims it again: that instance, woken when it stored the command, has
     * usually taken it first; otherwise it takes it at its next look after this.
     */
    static final Duration ELSEWHERE = Duration.ofSeconds(1);

    static final String NO_FORM = "⚠️ That command opens a form, which cannot be shown once the command has been "
            + "received. Use its button, or give the values in the command.";
    private static final Logger log = LoggerFactory.getLogger(InboxEngine.class);

    private final CommandInbox inbox;
    private final AtelierBot bot;
    private final Map<Platform, CommandReplies> replies = new EnumMap<>(Platform.class);
    private final Outbound outbound;
    private final Clock clock;
    private final InboxSettings settings;
    private final CommandMetrics metrics;

    public InboxEngine(
            CommandInbox inbox,
            AtelierBot bot,
            List<? extends CommandReplies> replies,
            Outbound outbound,
            Clock clock,
            InboxSettings settings,
            CommandMetrics metrics) {
        this.inbox = inbox;
        this.bot = bot;
        replies.forEach(r -> this.replies.put(r.platform(), r));
        this.outbound = outbound;
        this.clock = clock;
        this.settings = settings;
        this.metrics = metrics;
    }

    /** Works through every lane that can be claimed now; returns how many lanes it worked on. */
    public int drain() {
        int lanes = 0;
        while (workOneLane(() -> true)) {
            lanes++;
        }
        return lanes;
    }

    /**
     * Claims one lane and finishes its commands in order while {@code keepGoing} says so, then gives
     * the lane back; false when no lane could be claimed.
     */
    public boolean workOneLane(BooleanSupplier keepGoing) {
        Optional<LaneClaim> claimed = inbox.claim(settings.instanceId(), clock.instant(), settings.lease());
        if (claimed.isEmpty()) {
            return false;
        }
        LaneClaim claim = claimed.get();
        Instant leaseEnds = clock.instant().plus(settings.lease());
        Instant freeFrom = Instant.EPOCH;
        try {
            while (keepGoing.getAsBoolean()) {
                Optional<InboxEntry> next = inbox.next(claim);
                if (next.isEmpty()) {
                    break;
                }
                Finished finished = finish(next.get());
                if (finished != Finished.DONE) {
                    freeFrom = clock.instant().plus(finished == Finished.ELSEWHERE ? ELSEWHERE : RETRY);
                    break;
                }
                if (clock.instant().isAfter(leaseEnds.minus(settings.lease().dividedBy(2)))) {
                    leaseEnds = clock.instant().plus(settings.lease());
                    if (!inbox.renew(claim, leaseEnds)) {
                        log.warn("Lost the claim on inbox lane {}; another instance continues it", claim.lane());
                        break;
                    }
                }
            }
        } finally {
            inbox.release(claim, freeFrom);
        }
        return true;
    }

    /** How a command of a lane went: finished, to be tried again later, or left to the instance that can run it. */
    private enum Finished {
        DONE,
        RETRY,
        ELSEWHERE
    }

    private Finished finish(InboxEntry entry) {
        InboxCommand command = entry.command();
        Message reply = entry.reply();
        if (entry.state() == InboxState.PENDING) {
            CommandReplies channel = replies.get(command.caller().community().platform());
            if (channel != null && !channel.runsHere(command)) {
                log.debug("Stored command {} is left to the instance that serves its community", command.key());
                return Finished.ELSEWHERE;
            }
            try {
                reply = run(command);
            } catch (RuntimeException e) {
                log.warn(
                        "Stored command {} could not run yet, retried in {} s: {}",
                        command.key(),
                        RETRY.toSeconds(),
                        e.toString());
                return Finished.RETRY;
            }
            if (!inbox.applied(command.key(), reply, clock.instant())) {
                return Finished.DONE; // applied meanwhile by a former holder of the lane: the next look answers it
            }
        }
        String how = deliver(command, reply);
        Instant now = clock.instant();
        inbox.answered(command.key(), how, now);
        metrics.replied(Duration.between(command.receivedAt(), now), how);
        return Finished.DONE;
    }

    private Message run(InboxCommand command) {
        CommandReplies channel = replies.get(command.caller().community().platform());
        Caller caller = channel == null ? command.caller() : channel.caller(command);
        Outcome outcome = command.line() != null
                ? bot.run(caller, command.line())
                : bot.run(caller, command.path(), command.options());
        return outcome.isModal() ? Message.privateReply(Text.of(NO_FORM)) : outcome.reply();
    }

    private String deliver(InboxCommand command, Message reply) {
        if (reply == null) {
            return NONE;
        }
        CommandReplies channel = replies.get(command.caller().community().platform());
        if (channel != null
                && command.replyTo() != null
                && clock.instant().isBefore(command.receivedAt().plus(channel.validity()))) {
            try {
                if (channel.answer(command, reply)) {
                    return BY_REPLY;
                }
            } catch (RuntimeException e) {
                log.warn("Could not answer command {} through its reply channel: {}", command.key(), e.toString());
            }
        }
        outbound.send(
                command.caller().community(),
                List.of(Notification.to(
                        Destination.direct(command.caller().actor().id()), reply)));
        return BY_DM;
    }
}
