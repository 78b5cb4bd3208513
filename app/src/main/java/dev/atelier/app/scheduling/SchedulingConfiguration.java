package dev.atelier.app.scheduling;

import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.peerhelp.PeerHelpRound;
import dev.atelier.core.rounds.ClockRound;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the check-in clock with Quartz: every {@code atelier.checkins.tick-seconds} (30 by
 * default) it runs the clock round (check-ins, reminders, stalls) and the peer-help round.
 */
@Configuration(proxyBeanMethods = false)
public class SchedulingConfiguration {

    static final String CLOCK = "checkin-clock";

    @Bean
    ClockRound clockRound(AtelierCore.Services atelierCore) {
        return atelierCore.checkins();
    }

    @Bean
    PeerHelpRound peerHelpRound(AtelierCore.Services atelierCore) {
        return atelierCore.peerHelp();
    }

    @Bean
    JobDetail checkinClock() {
        return JobBuilder.newJob(CheckinClockJob.class)
                .withIdentity(CLOCK)
                .storeDurably()
                .build();
    }

    @Bean
    Trigger checkinClockTrigger(JobDetail checkinClock, @Value("${atelier.checkins.tick-seconds:30}") int tickSeconds) {
        return TriggerBuilder.newTrigger()
                .forJob(checkinClock)
                .withIdentity(CLOCK)
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(tickSeconds)
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
