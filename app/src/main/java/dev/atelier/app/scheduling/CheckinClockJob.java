package dev.atelier.app.scheduling;

import dev.atelier.core.checkin.CheckinRound;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** One tick: sends the check-in prompts that fell due and marks unanswered ones missed. */
@DisallowConcurrentExecution
public class CheckinClockJob extends QuartzJobBean {

    private static final Logger LOG = LoggerFactory.getLogger(CheckinClockJob.class);

    private final CheckinRound round;

    public CheckinClockJob(CheckinRound round) {
        this.round = round;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        CheckinRound.Report report = round.run();
        if (report.prompted() > 0 || report.missed() > 0) {
            LOG.info("Check-ins: {} prompted, {} missed", report.prompted(), report.missed());
        }
    }
}
