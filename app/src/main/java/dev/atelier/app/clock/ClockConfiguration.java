package dev.atelier.app.clock;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Registers the clock with Quartz: every {@code atelier.clock.tick-seconds} (30 by default; the old
 * {@code atelier.checkins.tick-seconds} is still read, with a deprecation warning) it runs the clock
 * round (check-in prompts, missed check-ins, reminders, stall and mentor load notices) and the
 * peer-help round.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    static final String CLOCK = "clock-tick";
    static final String TICK_SECONDS = "atelier.clock.tick-seconds";
    static final String OLD_TICK_SECONDS = "atelier.checkins.tick-seconds";

    @Bean
    JobDetail clockTick() {
        return JobBuilder.newJob(ClockTickJob.class)
                .withIdentity(CLOCK)
                .storeDurably()
                .build();
    }

    @Bean
    RenamedSettings renamedSettings(Environment environment) {
        return new RenamedSettings(environment);
    }

    @Bean
    Trigger clockTickTrigger(JobDetail clockTick, RenamedSettings settings) {
        int tickSeconds = settings.read(TICK_SECONDS, OLD_TICK_SECONDS, Integer.class, 30);
        return TriggerBuilder.newTrigger()
                .forJob(clockTick)
                .withIdentity(CLOCK)
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(tickSeconds)
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
