package dev.atelier.core.task;

import java.util.List;
import java.util.Optional;

/** Port: the tasks of one community. */
public interface TaskStore {

    long nextNumber(String communityId);

    void insert(Task task);

    Optional<Task> find(String communityId, long number);

    List<Task> list(String communityId);
}
