package dev.atelier.core.clock.visit;

import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.checkin.CheckinStore;
import java.util.Optional;

/** The check-in store, planning a visit of the internship whenever its check-in is saved. */
public final class VisitingCheckins implements CheckinStore {

    private final CheckinStore store;
    private final Visits visits;

    public VisitingCheckins(CheckinStore store, Visits visits) {
        this.store = store;
        this.visits = visits;
    }

    @Override
    public Optional<Checkin> find(String communityId, long internship) {
        return store.find(communityId, internship);
    }

    @Override
    public Checkin save(Checkin checkin) {
        Checkin saved = store.save(checkin);
        visits.soon(saved.community(), saved.internship());
        return saved;
    }
}
