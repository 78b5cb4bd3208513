package dev.atelier.core.cohort;

import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;

/** A cohort name that names no cohort of this community: says so and points to the list. */
public final class NoSuchCohort extends Rejected {

    public NoSuchCohort(String name) {
        super(Text.builder()
                .plain("There is no cohort named ")
                .user(name)
                .plain(" here. See ")
                .command("cohort list")
                .plain(".")
                .build());
    }
}
