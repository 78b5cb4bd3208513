package dev.atelier.core.clock.checkin;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.cohort.NoSuchCohort;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;

/**
 * A moderator sets the check-in schedule a cohort's new internships start with; interns still fit
 * their own afterwards. With nothing to change, shows the cohort's default. Only the parts named are
 * written, so a moderator changing another part at the same moment keeps theirs.
 */
public final class SetCohortCheckins {

    private final CohortStore cohorts;
    private final CheckinDefaults defaults;

    public SetCohortCheckins(CohortStore cohorts, CheckinDefaults defaults) {
        this.cohorts = cohorts;
        this.defaults = defaults;
    }

    public record Command(Requester requester, String cohort, String days, String time, String quiet) {}

    public Outcome execute(Command c) {
        Cohort cohort =
                cohorts.find(c.requester().communityId(), c.cohort()).orElseThrow(() -> new NoSuchCohort(c.cohort()));
        if (c.days() == null && c.time() == null && c.quiet() == null) {
            CheckinSchedule current =
                    defaults.find(c.requester().communityId(), cohort.name()).orElse(CheckinSchedule.DEFAULT);
            return Outcome.reply(Message.privateReply(Text.builder()
                    .plain("🗓️ New internships of ")
                    .bold(cohort.name())
                    .plain(" check in " + current.describe() + ", in each intern's time zone.")
                    .build()));
        }
        CheckinSchedule changed = defaults.change(
                c.requester().communityId(), cohort.name(), ScheduleChange.typed(c.days(), c.time(), c.quiet()));
        return Outcome.reply(Message.privateReply(Text.builder()
                .plain("🗓️ New internships of ")
                .bold(cohort.name())
                .plain(" will check in " + changed.describe()
                        + ", in each intern's time zone. Interns can fit it with ")
                .command("checkin schedule")
                .plain(".")
                .build()));
    }
}
