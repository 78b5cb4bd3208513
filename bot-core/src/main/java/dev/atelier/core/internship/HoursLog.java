package dev.atelier.core.internship;

import dev.atelier.core.shared.Requester;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * The hours of one internship as its pair logs them: the intern or the mentor logs time while the internship is
 * open, the author or a moderator corrects an entry. Part of the aggregate ({@link Internship#hoursLog()});
 * every change lands on the internship's timeline.
 */
public final class HoursLog {

    private final Internship internship;

    HoursLog(Internship internship) {
        this.internship = internship;
    }

    public HoursEntry log(Requester by, long number, int minutes, String note, Instant at) {
        return log(by, () -> number, minutes, note, at);
    }

    /** Logs time; the entry's number is drawn only once the entry is accepted, so a refusal uses none. */
    public HoursEntry log(Requester by, LongSupplier number, int minutes, String note, Instant at) {
        internship.lifecycle().requireOpen();
        internship.parties().requireLogger(by);
        HoursEntry entry = new HoursEntry(number.getAsLong(), by.memberId(), minutes, note, at);
        internship.record(at, by, internship.timesheet().log(entry));
        return entry;
    }

    /** Refuses, as {@link #correct} would, when {@code by} may not correct entry {@code number} now. */
    public void requireCorrectable(Requester by, long number) {
        internship.lifecycle().requireOpen();
        internship.timesheet().requireCorrector(by, number);
    }

    /** Replaces an entry's minutes ({@code 0} removes it); returns the entry as it is now, or as it was if removed. */
    public HoursEntry correct(Requester by, long number, int minutes, String note, Instant at) {
        internship.lifecycle().requireOpen();
        Timesheet timesheet = internship.timesheet();
        HoursEntry before = timesheet.entry(number);
        internship.record(at, by, timesheet.correct(by, number, minutes, note));
        return minutes == 0 ? before : timesheet.entry(number);
    }
}
