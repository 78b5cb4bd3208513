package dev.atelier.app.clock;

import dev.atelier.core.clock.rounds.ClockRound;
import dev.atelier.core.peerhelp.PeerHelpRound;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * One tick: runs the core's clock round, which handles the due work (check-in prompts, missed-checks,
 * reminders, stall notices) and sweeps for new reminders and stalls, then offers questions that
 * waited too long to peers (every {@link PeerHelpRound#PACE} at most).
 */
@DisallowConcurrentExecution
public class ClockTickJob extends QuartzJobBean {

    private static final Logger LOG = LoggerFactory.getLogger(ClockTickJob.class);

    private final ClockRound round;
    private final PeerHelpRound peerHelp;

    public ClockTickJob(ClockRound round, PeerHelpRound peerHelp) {
        this.round = round;
        this.peerHelp = peerHelp;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        ClockRound.Report report = round.run();
        if (!report.idle()) {
            LOG.info(
                    "Clock: {} prompted, {} missed, {} reminders, {} stall notices, {} flagged, {} cleared",
                    report.prompted(),
                    report.missed(),
                    report.reminders(),
                    report.notices(),
                    report.flagged(),
                    report.cleared());
        }
        int offered = peerHelp.runPaced();
        if (offered > 0) {
            LOG.info("Peer help: {} question(s) offered", offered);
        }
    }
}
