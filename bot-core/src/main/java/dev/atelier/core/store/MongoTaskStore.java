package dev.atelier.core.store;

import dev.atelier.core.shared.ConcurrentChange;
import dev.atelier.core.task.Task;
import dev.atelier.core.task.TaskStore;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Tasks, found by {@code _id} ({@code communityId/number}); only ever inserted, never saved over. */
final class MongoTaskStore implements TaskStore {

    private static final int PAGE = 200;

    private final MongoTemplate mongo;
    private final Sequences sequences;

    MongoTaskStore(MongoTemplate mongo, Sequences sequences) {
        this.mongo = mongo;
        this.sequences = sequences;
        StoreIndexes.of(mongo, TaskDocument.class)
                .retire("communityId_1_number_1")
                .unique("task_identity", "communityId", "number");
        Migrations.versionFromZero(mongo, TaskDocument.class);
    }

    @Override
    public long nextNumber(String communityId) {
        return sequences.next(communityId, "task");
    }

    @Override
    public void insert(Task t) {
        sequences.atLeast(t.communityId(), "task", t.number());
        TaskDocument task = new TaskDocument(
                t.communityId() + "/" + t.number(),
                null,
                t.communityId(),
                t.number(),
                t.title(),
                t.description(),
                t.deliverables(),
                BudgetDocument.of(t.budget()),
                t.skills(),
                t.sourceLink() == null ? null : t.sourceLink().toString(),
                t.estimatedHours(),
                t.createdBy(),
                t.createdAt());
        try {
            mongo.insert(task);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentChange("task #" + t.number() + " exists already", e);
        }
    }

    @Override
    public Optional<Task> find(String communityId, long number) {
        return Optional.ofNullable(mongo.findById(communityId + "/" + number, TaskDocument.class))
                .filter(d -> d.communityId().equals(communityId))
                .map(MongoTaskStore::toTask);
    }

    /** Pages up through the community's task numbers by {@code _id}. */
    @Override
    public List<Task> list(String communityId) {
        List<Task> tasks = new ArrayList<>();
        long last = sequences.current(communityId, "task");
        for (long from = 1; from <= last; from += PAGE) {
            List<String> ids = new ArrayList<>();
            for (long n = from; n <= Math.min(last, from + PAGE - 1); n++) {
                ids.add(communityId + "/" + n);
            }
            mongo.find(Query.query(Criteria.where("_id").in(ids)), TaskDocument.class).stream()
                    .filter(d -> d.communityId().equals(communityId))
                    .map(MongoTaskStore::toTask)
                    .sorted(Comparator.comparingLong(Task::number))
                    .forEach(tasks::add);
        }
        return tasks;
    }

    private static Task toTask(TaskDocument d) {
        return new Task(
                d.communityId(),
                d.number(),
                d.title(),
                d.description(),
                d.deliverables(),
                BudgetDocument.toBudget(d.budget()),
                d.skills() == null ? List.of() : d.skills(),
                d.sourceLink() == null ? null : URI.create(d.sourceLink()),
                d.estimatedHours(),
                d.createdBy(),
                d.createdAt());
    }
}
