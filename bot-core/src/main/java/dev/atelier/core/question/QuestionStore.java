package dev.atelier.core.question;

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

    /** Open and reopened questions addressed to the mentor, oldest first. */
    List<Question> waitingFor(String communityId, String mentorId);
}
