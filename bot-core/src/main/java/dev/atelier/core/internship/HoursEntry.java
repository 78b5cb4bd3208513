package dev.atelier.core.internship;

import java.time.Instant;

/** Time one person of the pair logged: a community-wide entry number, who, how many minutes, a note, when. */
public record HoursEntry(long number, String memberId, int minutes, String note, Instant at) {

    HoursEntry corrected(int newMinutes, String newNote) {
        return new HoursEntry(number, memberId, newMinutes, newNote == null ? note : newNote, at);
    }
}
