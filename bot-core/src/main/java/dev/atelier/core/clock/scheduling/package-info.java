/** Schedule maths with Quartz: implements the check-in {@code CronClock} port with {@code CronExpression}. */
package dev.atelier.core.clock.scheduling;
