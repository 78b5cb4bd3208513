package dev.atelier.core.internship;

import dev.atelier.core.shared.Rejected;
import java.time.Instant;

/** The intern's rating of the mentorship, from 1 to 5, with an optional comment. Only moderators see it. */
public record MentorshipRating(int rating, String comment, Instant at) {

    public MentorshipRating {
        if (rating < 1 || rating > 5) {
            throw new Rejected("Rate the mentorship with a whole number from 1 to 5, not " + rating + ".");
        }
    }
}
