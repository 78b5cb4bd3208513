package dev.atelier.discord;

import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.delivery.Deliveries;
import dev.atelier.core.inbox.Inbox;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.hooks.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The gateway connection. It starts once the Spring context is ready (so the bot exists), logs in
 * on a background thread so that an unreachable Discord never blocks start-up, and shuts JDA and
 * the worker threads down when the context closes. Interactions run on the worker threads, never on
 * JDA's event thread.
 */
final class DiscordConnection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DiscordConnection.class);
    private static final int WORKERS = 8;

    private final Function<EventListener, JDA> login;
    private final Supplier<AtelierBot> bot;
    private final String moderatorRole;
    private final Supplier<Inbox> inbox;
    private final Supplier<Deliveries> deliveries;
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, daemon("atelier-discord-"));
    private volatile CompletableFuture<JDA> jda;
    private volatile boolean stopped;

    DiscordConnection(
            Function<EventListener, JDA> login,
            Supplier<AtelierBot> bot,
            String moderatorRole,
            Supplier<Deliveries> deliveries) {
        this(login, bot, moderatorRole, () -> null, deliveries);
    }

    DiscordConnection(
            Function<EventListener, JDA> login,
            Supplier<AtelierBot> bot,
            String moderatorRole,
            Supplier<Inbox> inbox,
            Supplier<Deliveries> deliveries) {
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.login = login;
        this.bot = bot;
        this.moderatorRole = moderatorRole;
    }

    @Override
    @SuppressWarnings("FutureReturnValueIgnored") // the completion callback only logs; nothing waits on it
    public synchronized void start() {
        if (jda != null) {
            return;
        }
        DiscordListener listener = DiscordListener.create(bot, moderatorRole, workers, inbox, deliveries);
        ExecutorService starter = Executors.newSingleThreadExecutor(daemon("atelier-discord-login-"));
        jda = CompletableFuture.supplyAsync(
                () -> {
                    JDA client = login.apply(listener);
                    if (stopped) {
                        ShardLookup.shutdown(client);
                        throw new CancellationException("stopped while logging in");
                    }
                    return client;
                },
                starter);
        jda.whenComplete((client, failure) -> {
            starter.shutdown();
            if (failure != null) {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                log.error("Could not connect to Discord: {}", cause.toString());
            }
        });
    }

    @Override
    @SuppressWarnings("FutureReturnValueIgnored") // shutting down once logged in needs no waiting
    public synchronized void stop() {
        stopped = true;
        CompletableFuture<JDA> current = jda;
        if (current != null) {
            current.thenAccept(ShardLookup::shutdown);
        }
        workers.shutdown();
    }

    @Override
    public boolean isRunning() {
        return jda != null && !workers.isShutdown();
    }

    /**
     * The connected client (with sharding, this instance's first shard, which reaches the others through its
     * shard manager), or empty while logging in or after a failed login.
     */
    Optional<JDA> jda() {
        CompletableFuture<JDA> current = jda;
        if (current == null || !current.isDone() || current.isCompletedExceptionally()) {
            return Optional.empty();
        }
        return Optional.ofNullable(current.getNow(null));
    }

    /** The login under way or done; empty before {@link #start()}. */
    Optional<CompletableFuture<JDA>> login() {
        return Optional.ofNullable(jda);
    }

    /** Why logging in failed, if it did. */
    Optional<Throwable> failure() {
        CompletableFuture<JDA> current = jda;
        if (current == null || !current.isCompletedExceptionally()) {
            return Optional.empty();
        }
        return Optional.of(current.handle((ok, failure) -> failure.getCause() == null ? failure : failure.getCause())
                .join());
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
