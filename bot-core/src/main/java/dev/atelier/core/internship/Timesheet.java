package dev.atelier.core.internship;

import dev.atelier.core.pay.Hours;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.util.ArrayList;
import java.util.List;

/**
 * The hours entries of one internship, part of its aggregate: adding within the limit, correcting
 * by the author or a moderator, totals per person. Each change returns the timeline line to record.
 */
final class Timesheet {

    private final long internship;
    private final List<HoursEntry> entries;

    Timesheet(long internship, List<HoursEntry> entries) {
        this.internship = internship;
        this.entries = new ArrayList<>(entries);
    }

    String log(HoursEntry entry) {
        if (entries.size() >= Internship.MAX_HOURS_ENTRIES) {
            throw new Rejected("Internship #" + internship + " has " + Internship.MAX_HOURS_ENTRIES + " hours entries "
                    + "already; log a week at a time.");
        }
        entries.add(entry);
        return "logged " + Hours.format(entry.minutes()) + " (entry " + entry.number() + ")";
    }

    /** Replaces entry {@code number} with {@code minutes} (0 removes it); returns the timeline line. */
    String correct(Requester by, long number, int minutes, String note) {
        HoursEntry entry = requireCorrector(by, number);
        if (minutes == 0) {
            entries.remove(entry);
            return "removed hours entry " + number + " (" + Hours.format(entry.minutes()) + ")";
        }
        HoursEntry corrected = entry.corrected(minutes, note);
        entries.replaceAll(h -> h.number() == number ? corrected : h);
        return "corrected hours entry " + number + ": " + Hours.format(entry.minutes()) + " → " + Hours.format(minutes);
    }

    /** Entry {@code number}, when {@code by} logged it or moderates; refused otherwise. */
    HoursEntry requireCorrector(Requester by, long number) {
        HoursEntry entry = entry(number);
        if (!entry.memberId().equals(by.memberId()) && !by.moderator()) {
            throw new Rejected("Only who logged entry " + number + ", or a moderator, can correct it.");
        }
        return entry;
    }

    HoursEntry entry(long number) {
        return entries.stream()
                .filter(h -> h.number() == number)
                .findFirst()
                .orElseThrow(() -> new Rejected("Entry " + number + " is not part of internship #" + internship + "."));
    }

    int minutesOf(String memberId) {
        return entries.stream()
                .filter(h -> h.memberId().equals(memberId))
                .mapToInt(HoursEntry::minutes)
                .sum();
    }

    List<HoursEntry> entries() {
        return List.copyOf(entries);
    }
}
