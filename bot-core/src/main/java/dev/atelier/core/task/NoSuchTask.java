package dev.atelier.core.task;

import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;

/** A task number that names no task of this community: says so and points to the list. */
public final class NoSuchTask extends Rejected {

    public NoSuchTask(long number) {
        super(Text.builder()
                .plain("There is no task #" + number + " here. See ")
                .command("task list")
                .plain(".")
                .build());
    }
}
