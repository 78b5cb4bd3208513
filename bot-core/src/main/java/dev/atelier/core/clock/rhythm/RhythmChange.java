package dev.atelier.core.clock.rhythm;

import java.time.Duration;

/**
 * The parts of a rhythm a moderator changes; null parts keep what the community has. The parts are
 * independent of each other, so the store sets just these, and two moderators changing different parts
 * at once both keep their change.
 */
public record RhythmChange(
        Duration answerWindow, Duration reviewWait, Duration questionWait, Integer stallDays, Integer missedInRow) {

    /** Refuses a part out of its range (each part is checked alone: no part limits another). */
    public RhythmChange {
        merge(Rhythm.DEFAULT, answerWindow, reviewWait, questionWait, stallDays, missedInRow);
    }

    /** The parts as typed, in hours, days and check-ins; null parts stay. */
    public static RhythmChange typed(Long answerHours, Long reviewHours, Long questionHours, Long days, Long missed) {
        return new RhythmChange(
                answerHours == null ? null : Duration.ofHours(bounded(answerHours)),
                reviewHours == null ? null : Duration.ofHours(bounded(reviewHours)),
                questionHours == null ? null : Duration.ofHours(bounded(questionHours)),
                days == null ? null : bounded(days),
                missed == null ? null : bounded(missed));
    }

    /** {@code rhythm} with these parts changed. */
    public Rhythm applyTo(Rhythm rhythm) {
        return merge(rhythm, answerWindow, reviewWait, questionWait, stallDays, missedInRow);
    }

    /** The fields are not set yet in the compact constructor, so the parts are passed in. */
    private static Rhythm merge(
            Rhythm rhythm,
            Duration answerWindow,
            Duration reviewWait,
            Duration questionWait,
            Integer stallDays,
            Integer missedInRow) {
        return new Rhythm(
                answerWindow == null ? rhythm.answerWindow() : answerWindow,
                reviewWait == null ? rhythm.reviewWait() : reviewWait,
                questionWait == null ? rhythm.questionWait() : questionWait,
                stallDays == null ? rhythm.stallDays() : stallDays,
                missedInRow == null ? rhythm.missedInRow() : missedInRow);
    }

    /** Typed numbers outside any valid range stay outside it without overflowing. */
    private static int bounded(long typed) {
        return (int) Math.max(-1, Math.min(100_000, typed));
    }
}
