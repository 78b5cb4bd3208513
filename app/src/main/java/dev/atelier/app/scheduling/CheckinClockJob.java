package dev.atelier.app.scheduling;

import dev.atelier.core.rounds.ClockRound;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * One tick: runs the core's clock round, which handles the due work (check-in prompts, missed-checks,
 * reminders, stall notices) and sweeps for new reminders and stalls.
 */
@DisallowConcurrentExecution
public class CheckinClockJob extends QuartzJobBean {

    private static final Logger LOG = LoggerFactory.getLogger(CheckinClockJob.class);

    private final ClockRound round;

    public CheckinClockJob(ClockRound round) {
        this.round = round;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        ClockRound.Report report = round.run();
        if (!report.idle()) {
            LOG.info("Clock: {} prompted, {} missed, {} reminders, {} stall notices, {} flagged, {} cleared",
                    report.prompted(), report.missed(), report.reminders(), report.notices(), report.flagged(),
                    report.cleared());
        }
    }
}
