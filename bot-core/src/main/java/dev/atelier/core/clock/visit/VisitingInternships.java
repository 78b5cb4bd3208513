package dev.atelier.core.clock.visit;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import java.util.List;
import java.util.Optional;

/** The internship store, planning a visit of every internship it saves. */
public final class VisitingInternships implements InternshipStore {

    private final InternshipStore store;
    private final Visits visits;

    public VisitingInternships(InternshipStore store, Visits visits) {
        this.store = store;
        this.visits = visits;
    }

    @Override
    public Internship save(Internship internship) {
        Internship saved = store.save(internship);
        visits.soon(saved.data().communityId(), saved.number());
        return saved;
    }

    @Override
    public long nextInternshipNumber(String communityId) {
        return store.nextInternshipNumber(communityId);
    }

    @Override
    public long nextMilestoneNumber(String communityId) {
        return store.nextMilestoneNumber(communityId);
    }

    @Override
    public Optional<Internship> find(String communityId, long number) {
        return store.find(communityId, number);
    }

    @Override
    public Optional<Internship> findByMilestone(String communityId, long milestoneNumber) {
        return store.findByMilestone(communityId, milestoneNumber);
    }

    @Override
    public List<Internship> findByMember(String communityId, String memberId) {
        return store.findByMember(communityId, memberId);
    }

    @Override
    public Optional<Internship> findByWorkspace(String communityId, String channelId) {
        return store.findByWorkspace(communityId, channelId);
    }

    @Override
    public Optional<Internship> findByHoursEntry(String communityId, long entryNumber) {
        return store.findByHoursEntry(communityId, entryNumber);
    }

    @Override
    public Optional<Internship> findByCredential(String credentialId) {
        return store.findByCredential(credentialId);
    }

    @Override
    public List<Internship> findByCohort(String communityId, String cohortName) {
        return store.findByCohort(communityId, cohortName);
    }

    @Override
    public long nextHoursEntryNumber(String communityId) {
        return store.nextHoursEntryNumber(communityId);
    }

    @Override
    public List<Internship> list(String communityId, int limit) {
        return store.list(communityId, limit);
    }

    @Override
    public List<Internship> list(String communityId, InternshipStatus status, int limit) {
        return store.list(communityId, status, limit);
    }
}
