package dev.atelier.app.clock;

import java.util.function.Supplier;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * On shutdown, shuts Quartz down waiting for the jobs that run (the clock round, the outbox's drain, retention),
 * in a shutdown phase, before any bean closes: a job never meets a closed store client. The wait is bounded by
 * Spring's timeout per shutdown phase ({@code spring.lifecycle.timeout-per-shutdown-phase}, 30 s by default); a job
 * still running then is logged by Spring and meets the closing store as before.
 */
final class JobsFinishFirst implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobsFinishFirst.class);
    /** Right after the scheduler's own stop (which only pauses its triggers), before everything else. */
    static final int PHASE = Integer.MAX_VALUE - 1;

    private final Supplier<Scheduler> scheduler;
    private volatile boolean running;

    /** @param scheduler the application's scheduler, or null when it has none */
    JobsFinishFirst(Supplier<Scheduler> scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        shutDownWaiting();
    }

    @Override
    public void stop(Runnable callback) {
        Thread waiting = new Thread(
                () -> {
                    try {
                        shutDownWaiting();
                    } finally {
                        callback.run();
                    }
                },
                "quartz-jobs-finish");
        waiting.setDaemon(true);
        waiting.start();
    }

    private void shutDownWaiting() {
        running = false;
        Scheduler quartz = scheduler.get();
        if (quartz == null) {
            return;
        }
        try {
            int jobs = quartz.getCurrentlyExecutingJobs().size();
            if (jobs > 0) {
                log.info("Stopping: waiting for {} running job(s) to finish", jobs);
            }
            quartz.shutdown(true);
        } catch (SchedulerException e) {
            log.warn("Stopping: Quartz could not be shut down waiting for its jobs: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
