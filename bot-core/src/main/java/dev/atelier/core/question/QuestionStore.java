package dev.atelier.core.question;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: questions, one document each, always within one community. */
public interface QuestionStore {

    long nextNumber(String communityId);

    /** Stores a new question, or saves a changed one if nobody changed it since it was loaded. */
    Question save(Question question);

    Optional<Question> find(String communityId, long number);

    /** The questions of one internship, oldest first. */
    List<Question> ofInternship(String communityId, long internshipNumber);

    /** Questions of these cohorts whose answer was kept as knowledge, newest first, at most {@code limit}. */
    List<Question> knowledge(String communityId, Collection<String> cohortNames, int limit);

    /** Open and reopened questions addressed to the mentor, oldest first. */
    List<Question> waitingFor(String communityId, String mentorId);
}
