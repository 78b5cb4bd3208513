package dev.atelier.core.store;

import dev.atelier.core.clock.checkin.Answer;
import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.checkin.CheckinSchedule;
import dev.atelier.core.clock.checkin.CheckinStore;
import dev.atelier.core.clock.checkin.Prompt;
import dev.atelier.core.clock.visit.InternshipChanges;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.shared.ConcurrentChange;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Check-ins, one document per internship, saved under optimistic locking (a unique index serves the {@code _id} and version replace). */
final class MongoCheckinStore implements CheckinStore {

    private final MongoTemplate mongo;
    private final InternshipChanges changes;

    MongoCheckinStore(MongoTemplate mongo, InternshipChanges changes) {
        this.mongo = mongo;
        this.changes = changes;
        StoreIndexes.of(mongo, CheckinDocument.class).unique("checkin_version", "_id", "version");
    }

    @Override
    public Optional<Checkin> find(String communityId, long internship) {
        return Optional.ofNullable(mongo.findById(communityId + "/" + internship, CheckinDocument.class))
                .filter(d -> d.communityId().equals(communityId))
                .map(MongoCheckinStore::toCheckin);
    }

    @Override
    public Checkin save(Checkin c) {
        Checkin saved;
        try {
            saved = toCheckin(mongo.save(toDocument(c)));
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConcurrentChange("check-ins of internship #" + c.internship() + " changed meanwhile", e);
        }
        changes.changed(saved.community().id(), saved.internship());
        return saved;
    }

    private static CheckinDocument toDocument(Checkin c) {
        CheckinSchedule s = c.schedule();
        Prompt p = c.prompt();
        Answer a = p == null ? null : p.answer();
        return new CheckinDocument(
                c.community().id() + "/" + c.internship(),
                c.community().id(),
                c.community().platform().name(),
                c.community().externalId(),
                c.community().name(),
                c.internship(),
                c.internId(),
                s.days().stream().sorted().map(DayOfWeek::name).toList(),
                s.time().toString(),
                s.quietFrom(),
                s.quietTo(),
                c.nextDue(),
                p == null ? null : p.number(),
                p == null ? null : p.sentAt(),
                p != null && p.open(),
                p != null && p.missed(),
                a == null
                        ? null
                        : new CheckinDocument.AnswerDocument(a.done(), a.blocks(), a.next(), a.confidence(), a.at()),
                c.missedInRow(),
                c.lowBefore(),
                c.version());
    }

    private static Checkin toCheckin(CheckinDocument d) {
        CheckinDocument.AnswerDocument a = d.answer();
        Prompt prompt = d.promptNumber() == null
                ? null
                : new Prompt(
                        d.promptNumber(),
                        d.promptSentAt(),
                        a == null ? null : new Answer(a.done(), a.blocks(), a.next(), a.confidence(), a.at()),
                        d.missed());
        CheckinSchedule schedule = new CheckinSchedule(
                d.days().stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()),
                LocalTime.parse(d.time()),
                d.quietFrom(),
                d.quietTo());
        return new Checkin(
                new CommunityRef(Platform.valueOf(d.platform()), d.externalId(), d.communityName()),
                d.internship(),
                d.internId(),
                schedule,
                d.nextDue(),
                prompt,
                d.missedInRow(),
                d.lowBefore(),
                d.version());
    }
}
