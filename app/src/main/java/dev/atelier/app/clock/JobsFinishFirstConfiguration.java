package dev.atelier.app.clock;

import org.quartz.Scheduler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quartz's running jobs finish before the beans close on shutdown ({@link JobsFinishFirst}). */
@Configuration(proxyBeanMethods = false)
public class JobsFinishFirstConfiguration {

    @Bean
    JobsFinishFirst jobsFinishFirst(ObjectProvider<Scheduler> scheduler) {
        return new JobsFinishFirst(scheduler::getIfAvailable);
    }
}
