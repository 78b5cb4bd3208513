package dev.atelier.core.internship;

import java.util.List;
import java.util.Optional;

/** Port: internships, each one document with its milestones, submissions, reviews and timeline. */
public interface InternshipStore {

    long nextInternshipNumber(String communityId);

    long nextMilestoneNumber(String communityId);

    /** Stores a new internship, or saves a changed one if nobody changed it since it was loaded. */
    Internship save(Internship internship);

    Optional<Internship> find(String communityId, long number);

    Optional<Internship> findByMilestone(String communityId, long milestoneNumber);

    /** Internships where the member is intern or mentor, newest first. */
    List<Internship> findByMember(String communityId, String memberId);

    /** Every internship of the community, newest first, at most {@code limit}. */
    List<Internship> list(String communityId, int limit);

    /** The community's internships in one status, newest first, at most {@code limit}. */
    List<Internship> list(String communityId, InternshipStatus status, int limit);
}
