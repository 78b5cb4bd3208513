package dev.atelier.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A milestone inside an internship document; links are stored as strings, statuses and verdicts as enum names. */
record MilestoneDocument(
        long number,
        String title,
        String criteria,
        LocalDate due,
        String status,
        List<SubmissionDocument> submissions,
        List<ReviewDocument> reviews,
        Integer estimateHours) {

    record SubmissionDocument(String link, String notes, String by, Instant at) {}

    record ReviewDocument(String verdict, String feedback, String by, Instant at) {}
}
