package dev.atelier.core.matching;

import java.util.Optional;

/** Port: whether an intern may take a task yet (what the task requires of their portfolio), and why. */
public interface TaskGate {

    TaskGate OPEN = new TaskGate() {
        @Override
        public Optional<String> blocked(String internId, OpenTask task) {
            return Optional.empty();
        }
    };

    /** Why the intern may not take this task yet, if they may not. */
    Optional<String> blocked(String internId, OpenTask task);

    /** What in the intern's portfolio opened this task, when it asks for something. */
    default Optional<String> opened(String internId, OpenTask task) {
        return Optional.empty();
    }
}
