package dev.atelier.core.store;

import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.internship.Review;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A milestone inside an internship document; links are stored as strings. */
record MilestoneDocument(
        long number,
        String title,
        String criteria,
        LocalDate due,
        MilestoneStatus status,
        List<SubmissionDocument> submissions,
        List<Review> reviews,
        Integer estimateHours) {

    record SubmissionDocument(String link, String notes, String by, Instant at) {}
}
