package dev.atelier.app.scheduling;

import dev.atelier.core.checkin.CheckinRound;
import dev.atelier.core.peerhelp.PeerHelpRound;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * One tick: sends the check-in prompts that fell due, marks unanswered ones missed, and offers
 * questions that waited too long to peers.
 */
@DisallowConcurrentExecution
public class CheckinClockJob extends QuartzJobBean {

    private static final Logger LOG = LoggerFactory.getLogger(CheckinClockJob.class);

    private final CheckinRound round;
    private final PeerHelpRound peerHelp;

    public CheckinClockJob(CheckinRound round, PeerHelpRound peerHelp) {
        this.round = round;
        this.peerHelp = peerHelp;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        CheckinRound.Report report = round.run();
        if (report.prompted() > 0 || report.missed() > 0) {
            LOG.info("Check-ins: {} prompted, {} missed", report.prompted(), report.missed());
        }
        int offered = peerHelp.run();
        if (offered > 0) {
            LOG.info("Peer help: {} question(s) offered", offered);
        }
    }
}
