package dev.atelier.app.delivery;

import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.outbox.DeliveryStatus;
import dev.atelier.core.outbox.OutboxDelivery;
import dev.atelier.core.workspace.Outbound;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox's worker and metrics: every {@code atelier.outbox.tick-millis} (1000 by default) a Quartz job
 * drains the outbox; when a {@link MeterRegistry} is there, the outbox reports to it.
 */
@Configuration(proxyBeanMethods = false)
public class OutboxConfiguration {

    static final String OUTBOX = "outbox-delivery";

    @Bean
    OutboxDelivery outboxDelivery(
            Outbound outbound, AtelierBot assembledCore, Clock clock, ObjectProvider<MeterRegistry> registry) {
        // the bot exists once the core is assembled, and assembling attaches the outbox
        OutboxDelivery delivery = outbound.delivery()
                .orElseThrow(() -> new IllegalStateException("the core was assembled without an outbox"));
        registry.ifAvailable(r -> delivery.reportTo(new OutboxMetrics(r, delivery.outbox(), clock)));
        return delivery;
    }

    /** Late means a message has waited more than {@code atelier.outbox.late-seconds} (60 by default). */
    @Bean
    DeliveryStatus deliveryStatus(
            OutboxDelivery outboxDelivery, Clock clock, @Value("${atelier.outbox.late-seconds:60}") long lateSeconds) {
        return new DeliveryStatus(outboxDelivery.outbox(), clock, java.time.Duration.ofSeconds(lateSeconds));
    }

    @Bean
    JobDetail outboxJob() {
        return JobBuilder.newJob(OutboxJob.class)
                .withIdentity(OUTBOX)
                .storeDurably()
                .build();
    }

    @Bean
    Trigger outboxTrigger(JobDetail outboxJob, @Value("${atelier.outbox.tick-millis:1000}") long tickMillis) {
        return TriggerBuilder.newTrigger()
                .forJob(outboxJob)
                .withIdentity(OUTBOX)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(tickMillis)
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
