package dev.atelier.core.cohort;

import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.time.LocalDate;

/** A moderator creates a cohort (draft until its first internship starts). */
public final class CreateCohort {

    private final CohortStore cohorts;
    private final Clock clock;

    public CreateCohort(CohortStore cohorts, Clock clock) {
        this.cohorts = cohorts;
        this.clock = clock;
    }

    public record Command(Requester requester, String name, String channelId, LocalDate starts, LocalDate ends) {}

    public Outcome execute(Command command) {
        Cohort cohort = Cohort.create(
                command.requester().communityId(),
                command.name(),
                command.channelId(),
                command.starts(),
                command.ends(),
                command.requester().memberId(),
                clock.instant());
        cohorts.insert(cohort);
        return Outcome.reply(CohortReplies.created(cohort));
    }
}
