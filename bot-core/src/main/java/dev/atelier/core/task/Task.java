package dev.atelier.core.task;

import dev.atelier.core.shared.Rejected;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A real job turned into a micro-internship: what to do, what to deliver, what it pays and needs. */
public record Task(
        String communityId,
        long number,
        String title,
        String description,
        String deliverables,
        Budget budget,
        List<String> skills,
        URI sourceLink,
        Integer estimatedHours,
        String createdBy,
        Instant createdAt) {

    public static final int MAX_HOURS = 2000;

    public Task {
        skills = List.copyOf(skills);
        if (title == null || title.isBlank()) {
            throw new Rejected("A task needs a title.");
        }
        if (estimatedHours != null && (estimatedHours <= 0 || estimatedHours > MAX_HOURS)) {
            throw new Rejected("Estimated hours must be between 1 and " + MAX_HOURS + ".");
        }
    }

    /** Skills written as a comma-separated list: {@code "java, sql,  testing"}. */
    public static List<String> skillList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    public String label() {
        return "#" + number + " " + title;
    }
}
