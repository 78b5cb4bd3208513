package dev.atelier.core.cohort;

import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A group of internships run together, with its own channel and dates. {@code version} is the
 * optimistic-locking version (null until stored): an update of a copy someone changed meanwhile fails.
 */
public record Cohort(
        String communityId,
        String name,
        String channelId,
        LocalDate starts,
        LocalDate ends,
        CohortStatus status,
        String createdBy,
        Instant createdAt,
        Long version) {

    public static final int MAX_NAME = 40;

    public static Cohort create(
            String communityId,
            String name,
            String channelId,
            LocalDate starts,
            LocalDate ends,
            String createdBy,
            Instant now) {
        String clean = name.strip();
        if (!clean.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0," + (MAX_NAME - 1) + "}")) {
            throw new Rejected(Text.builder()
                    .plain("A cohort name has 1 to " + MAX_NAME + " letters, digits, spaces, dots or dashes, "
                            + "such as ")
                    .code("spring-2026")
                    .plain(".")
                    .build());
        }
        if (starts != null && ends != null && ends.isBefore(starts)) {
            throw new Rejected("The cohort cannot end (" + ends + ") before it starts (" + starts + ").");
        }
        return new Cohort(communityId, clean, channelId, starts, ends, CohortStatus.DRAFT, createdBy, now, null);
    }

    /** Names are unique per community regardless of case. */
    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    public Cohort activate() {
        return switch (status) {
            case DRAFT -> withStatus(CohortStatus.ACTIVE);
            case ACTIVE -> this;
            case CLOSED -> throw new Rejected("Cohort " + name + " is closed; it takes no new internships.");
        };
    }

    public Cohort close() {
        if (status == CohortStatus.CLOSED) {
            throw new Rejected("Cohort " + name + " is already closed.");
        }
        return withStatus(CohortStatus.CLOSED);
    }

    private Cohort withStatus(CohortStatus next) {
        return new Cohort(communityId, name, channelId, starts, ends, next, createdBy, createdAt, version);
    }
}
