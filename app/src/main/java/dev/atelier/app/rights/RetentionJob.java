package dev.atelier.app.rights;

import dev.atelier.core.rights.RetentionRound;
import dev.atelier.core.rights.RetentionStore;
import dev.atelier.core.rights.RightsServices;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** One retention round: purges what aged out of each community's retention. */
@DisallowConcurrentExecution
public class RetentionJob extends QuartzJobBean {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionRound round;

    public RetentionJob(RightsServices rights) {
        this.round = rights.retention();
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        RetentionStore.Purged purged = round.runIfDue();
        if (purged.total() > 0) {
            LOG.info(
                    "Retention: purged {} due item(s), {} message id(s), {} link(s), {} check-in record(s), "
                            + "{} message count(s), {} living message reference(s)",
                    purged.dueItems(),
                    purged.seenMessages(),
                    purged.links(),
                    purged.checkinAnswers(),
                    purged.messageCounts(),
                    purged.messageRefs());
        }
    }
}
