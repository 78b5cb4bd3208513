package dev.atelier.core.clock.scheduling;

import dev.atelier.core.clock.checkin.CronClock;
import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import org.quartz.CronExpression;

/** Cron maths by Quartz's {@link CronExpression}, evaluated in the member's zone (daylight saving included). */
public final class QuartzCronClock implements CronClock {

    @Override
    public Instant nextAfter(String cron, ZoneId zone, Instant after) {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(zone));
            Date next = expression.getNextValidTimeAfter(Date.from(after));
            return next == null ? null : next.toInstant();
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a cron expression: " + cron, e);
        }
    }
}
