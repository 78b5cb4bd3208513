package dev.atelier.core.planfit;

import dev.atelier.core.away.Availability;
import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.checkin.CheckinSchedule;
import dev.atelier.core.clock.checkin.CheckinStore;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.message.Text;
import dev.atelier.core.profile.Profile;
import dev.atelier.core.profile.ProfileStore;
import dev.atelier.core.task.Task;
import dev.atelier.core.task.TaskStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an internship's plan against its intern's week: the milestones still to do that have a due date
 * and an estimate, the intern's weekly hours and working window (profile), quiet hours (check-in
 * schedule), days away and holidays, all in the intern's time zone. Nothing to say without weekly hours.
 */
public final class CheckPlan {

    static final Set<MilestoneStatus> TO_DO = Set.of(
            MilestoneStatus.PROPOSED,
            MilestoneStatus.PLANNED,
            MilestoneStatus.IN_PROGRESS,
            MilestoneStatus.CHANGES_REQUESTED);

    private final TaskStore tasks;
    private final ProfileStore profiles;
    private final CheckinStore checkins;
    private final Availability away;
    private final Clock clock;

    public CheckPlan(TaskStore tasks, ProfileStore profiles, CheckinStore checkins, Availability away, Clock clock) {
        this.tasks = tasks;
        this.profiles = profiles;
        this.checkins = checkins;
        this.away = away;
        this.clock = clock;
    }

    /** What the check found: the misfit with the intern's weekly hours and zone. */
    public record Verdict(PlanFit.Misfit misfit, int weeklyHours, ZoneId zone) {

        public Text text(String has) {
            return misfit.text(has, weeklyHours, zone.getId());
        }
    }

    /** The misfit, when the plan does not fit. */
    public Optional<Verdict> check(Internship i) {
        String communityId = i.data().communityId();
        String intern = i.data().intern().id();
        Optional<Profile> profile = profiles.find(communityId, intern);
        if (profile.isEmpty() || profile.get().weeklyHours() == null) {
            return Optional.empty();
        }
        Map<Long, Long> estimates = estimates(i);
        List<PlanFit.Step> steps = i.milestones().stream()
                .filter(m -> TO_DO.contains(m.status()))
                .filter(m -> m.due() != null && estimates.containsKey(m.number()))
                .map(m -> new PlanFit.Step(m.number(), "M" + m.number(), m.due(), estimates.get(m.number())))
                .toList();
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        CheckinSchedule schedule =
                checkins.find(communityId, i.number()).map(Checkin::schedule).orElse(CheckinSchedule.DEFAULT);
        Profile p = profile.get();
        WorkWeek week = new WorkWeek(
                p.weeklyHours(),
                p.fromHour(),
                p.toHour(),
                schedule.quietFrom(),
                schedule.quietTo(),
                away.days(communityId, intern));
        ZoneId zone = away.zoneOf(communityId, intern);
        return PlanFit.check(steps, week, clock.instant().atZone(zone)).map(m -> new Verdict(m, p.weeklyHours(), zone));
    }

    /** Each milestone's estimate in minutes (its own, or a share of the task's hours). */
    public Map<Long, Long> estimates(Internship i) {
        Integer taskHours = tasks.find(i.data().communityId(), i.data().taskNumber())
                .map(Task::estimatedHours)
                .orElse(null);
        return Estimates.of(i.milestones(), taskHours);
    }
}
