package dev.atelier.app.delivery;

import dev.atelier.core.outbox.OutboxDelivery;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** One round of delivery: whatever waits in the outbox and is due goes out, paced per channel. */
@DisallowConcurrentExecution
public class OutboxJob extends QuartzJobBean {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxJob.class);

    private final OutboxDelivery delivery;

    public OutboxJob(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        int handled = delivery.drain();
        if (handled > 0) {
            LOG.debug("Outbox: {} item(s) handled", handled);
        }
    }
}
