package dev.atelier.core.store;

import dev.atelier.core.task.Task;
import dev.atelier.core.task.TaskStore;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

final class MongoTaskStore implements TaskStore {

    private final MongoTemplate mongo;
    private final Sequences sequences;

    MongoTaskStore(MongoTemplate mongo, Sequences sequences) {
        this.mongo = mongo;
        this.sequences = sequences;
    }

    @Override
    public long nextNumber(String communityId) {
        return sequences.next(communityId, "task");
    }

    @Override
    public void insert(Task t) {
        mongo.insert(new TaskDocument(
                t.communityId() + "/" + t.number(),
                t.communityId(),
                t.number(),
                t.title(),
                t.description(),
                t.deliverables(),
                t.budget(),
                t.skills(),
                t.sourceLink() == null ? null : t.sourceLink().toString(),
                t.estimatedHours(),
                t.createdBy(),
                t.createdAt()));
    }

    @Override
    public Optional<Task> find(String communityId, long number) {
        return Optional.ofNullable(mongo.findById(communityId + "/" + number, TaskDocument.class))
                .filter(d -> d.communityId().equals(communityId))
                .map(MongoTaskStore::toTask);
    }

    @Override
    public List<Task> list(String communityId) {
        Query query = Query.query(Criteria.where("communityId").is(communityId)).with(Sort.by("number"));
        return mongo.find(query, TaskDocument.class).stream()
                .map(MongoTaskStore::toTask)
                .toList();
    }

    private static Task toTask(TaskDocument d) {
        return new Task(
                d.communityId(),
                d.number(),
                d.title(),
                d.description(),
                d.deliverables(),
                d.budget(),
                d.skills() == null ? List.of() : d.skills(),
                d.sourceLink() == null ? null : URI.create(d.sourceLink()),
                d.estimatedHours(),
                d.createdBy(),
                d.createdAt());
    }
}
