package dev.atelier.core.clock.duework;

import dev.atelier.core.message.Notification;
import dev.atelier.core.outbox.Pacer;
import dev.atelier.core.shared.ConcurrentChange;
import dev.atelier.core.workspace.Outbound;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through what fell due: claims a batch, lets each kind's handler decide, sends what it answers
 * (paced per platform), then marks the batch done; again until nothing is due or the tick's bound is
 * reached (the rest waits for the next tick). An item whose handler fails is retried a minute later.
 */
public final class DueEngine {

    private static final Logger log = LoggerFactory.getLogger(DueEngine.class);
    private static final Duration RETRY = Duration.ofMinutes(1);

    private final DueWork work;
    private final Map<String, DueHandler> handlers;
    private final Outbound outbound;
    private final Pacer pacer;
    private final Clock clock;
    private final EngineSettings settings;

    public DueEngine(
            DueWork work,
            List<DueHandler> handlers,
            Outbound outbound,
            Pacer pacer,
            Clock clock,
            EngineSettings settings) {
        this.work = work;
        this.handlers = handlers.stream().collect(Collectors.toMap(DueHandler::kind, Function.identity()));
        this.outbound = outbound;
        this.pacer = pacer;
        this.clock = clock;
        this.settings = settings;
    }

    /** Handles what is due now; returns how many items of each kind took effect. */
    public Map<String, Integer> drain() {
        Map<String, Integer> counted = new HashMap<>();
        int handled = 0;
        while (handled < settings.maxPerTick()) {
            Instant now = clock.instant();
            List<Claimed> batch = new ArrayList<>(work.claim(
                    settings.instanceId(),
                    now,
                    settings.lease(),
                    Math.min(settings.batch(), settings.maxPerTick() - handled)));
            if (batch.isEmpty()) {
                break;
            }
            batch.sort(Comparator.comparing((Claimed c) -> c.item().dueAt())
                    .thenComparing(c -> c.item().key()));
            List<Claimed> finished = new ArrayList<>();
            for (Claimed claim : batch) {
                if (handle(claim, now, counted)) {
                    finished.add(claim);
                }
            }
            work.done(finished, clock.instant());
            handled += batch.size();
        }
        return counted;
    }

    private boolean handle(Claimed claim, Instant now, Map<String, Integer> counted) {
        DueItem item = claim.item();
        DueHandler handler = handlers.get(item.kind());
        if (handler == null) {
            log.warn("No handler for due item {}; it stays pending", item.key());
            work.release(claim, now.plus(RETRY));
            return false;
        }
        Handled result;
        try {
            result = handler.handle(item, now);
        } catch (ConcurrentChange e) {
            work.release(claim, now);
            return false;
        } catch (RuntimeException e) {
            log.warn("Due item {} failed, retried in a minute: {}", item.key(), e.toString());
            work.release(claim, now.plus(RETRY));
            return false;
        }
        if (result.deferred()) {
            work.release(claim, result.deferTo());
            return false;
        }
        for (Notification n : result.notifications()) {
            pacer.acquire(item.community().platform());
            outbound.send(item.community(), List.of(n), item.kind());
        }
        if (result.counted()) {
            counted.merge(item.kind(), 1, Integer::sum);
        }
        return true;
    }
}
