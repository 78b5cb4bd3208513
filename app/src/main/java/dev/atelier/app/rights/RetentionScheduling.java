package dev.atelier.app.rights;

import org.quartz.DateBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the retention round every {@code atelier.retention.sweep-minutes} (60 by default), first a minute after start. */
@Configuration(proxyBeanMethods = false)
public class RetentionScheduling {

    static final String RETENTION = "retention-round";

    @Bean
    JobDetail retentionRound() {
        return JobBuilder.newJob(RetentionJob.class)
                .withIdentity(RETENTION)
                .storeDurably()
                .build();
    }

    @Bean
    Trigger retentionRoundTrigger(
            JobDetail retentionRound, @Value("${atelier.retention.sweep-minutes:60}") int minutes) {
        return TriggerBuilder.newTrigger()
                .forJob(retentionRound)
                .withIdentity(RETENTION)
                .startAt(DateBuilder.futureDate(1, DateBuilder.IntervalUnit.MINUTE))
                .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever(Math.max(1, minutes))
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
