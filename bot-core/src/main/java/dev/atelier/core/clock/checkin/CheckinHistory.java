package dev.atelier.core.clock.checkin;

import java.util.List;

/** Port: every check-in answer of an internship, one per prompt, kept after later prompts replace it. */
public interface CheckinHistory {

    /** Keeps the answer to prompt {@code prompt}; answering the same prompt again replaces it. */
    void keep(String communityId, long internship, AnsweredCheckin answered);

    /** The internship's answers, newest prompt first. */
    List<AnsweredCheckin> of(String communityId, long internship);
}
