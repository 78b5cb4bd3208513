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

    /** The internship whose workspace is this channel. */
    Optional<Internship> findByWorkspace(String communityId, String channelId);

    /** The internship that holds hours entry {@code entryNumber}. */
    Optional<Internship> findByHoursEntry(String communityId, long entryNumber);

    /**
     * The internship whose credential has this id, in any community: a credential id is public and
     * meant for anyone to verify, so this is the one lookup not scoped to a community.
     */
    Optional<Internship> findByCredential(String credentialId);

    /** The community's internships of one cohort, by number. */
    List<Internship> findByCohort(String communityId, String cohortName);

    long nextHoursEntryNumber(String communityId);

    /** Every internship of the community, newest first, at most {@code limit}. */
    List<Internship> list(String communityId, int limit);

    /** The community's internships in one status, newest first, at most {@code limit}. */
    List<Internship> list(String communityId, InternshipStatus status, int limit);
}
