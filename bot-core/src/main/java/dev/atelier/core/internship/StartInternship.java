package dev.atelier.core.internship;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.cohort.NoSuchCohort;
import dev.atelier.core.community.CommunityStore;
import dev.atelier.core.community.Member;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import dev.atelier.core.task.NoSuchTask;
import dev.atelier.core.task.Task;
import dev.atelier.core.task.TaskStore;
import dev.atelier.core.workspace.Outbound;
import dev.atelier.core.workspace.WorkspaceRequest;
import dev.atelier.core.workspace.WorkspaceUnavailableException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A moderator pairs an intern with a mentor on a task; the bot opens a private workspace for them. */
public final class StartInternship {

    private final InternshipStore internships;
    private final TaskStore tasks;
    private final CohortStore cohorts;
    private final CommunityStore communities;
    private final Outbound outbound;
    private final InternshipStarted started;
    private final Clock clock;

    public StartInternship(
            InternshipStore internships,
            TaskStore tasks,
            CohortStore cohorts,
            CommunityStore communities,
            Outbound outbound,
            InternshipStarted started,
            Clock clock) {
        this.internships = internships;
        this.tasks = tasks;
        this.cohorts = cohorts;
        this.communities = communities;
        this.outbound = outbound;
        this.started = started;
        this.clock = clock;
    }

    /**
     * {@code askBeforeRepeating}: when the same intern and mentor already work on the task, answer with
     * a button that confirms instead of starting a second internship (pairing plans are checked on their own).
     */
    public record Command(
            Requester requester,
            Member intern,
            Member mentor,
            long taskNumber,
            String cohortName,
            boolean askBeforeRepeating) {

        public Command(Requester requester, Member intern, Member mentor, long taskNumber, String cohortName) {
            this(requester, intern, mentor, taskNumber, cohortName, false);
        }
    }

    public Outcome execute(Command c) {
        String communityId = c.requester().communityId();
        if (c.intern().id().equals(c.mentor().id())) {
            throw new Rejected("The intern and the mentor must be two different people.");
        }
        Task task = tasks.find(communityId, c.taskNumber()).orElseThrow(() -> new NoSuchTask(c.taskNumber()));
        Cohort cohort = c.cohortName() == null
                ? null
                : cohorts.find(communityId, c.cohortName()).orElseThrow(() -> new NoSuchCohort(c.cohortName()));
        if (c.askBeforeRepeating()) {
            Optional<Internship> running =
                    RepeatedPairing.running(internships, c.intern(), c.mentor(), task, communityId);
            if (running.isPresent()) {
                return Outcome.reply(RepeatedPairing.confirmation(running.get(), c.cohortName()));
            }
        }
        Cohort active = cohort == null ? null : cohort.activate();
        InternshipData data = new InternshipData(
                communityId,
                internships.nextInternshipNumber(communityId),
                c.intern(),
                c.mentor(),
                task.number(),
                task.title(),
                cohort == null ? null : cohort.name(),
                clock.instant(),
                null);
        if (active != null && active.status() != cohort.status()) {
            // first: if the cohort was changed meanwhile (closed), this fails and the command is retried
            cohorts.update(active);
        }
        Internship internship =
                internships.save(Internship.start(data, c.requester().member(), clock.instant()));
        String problem = null;
        try {
            internship.attachWorkspace(
                    outbound.createWorkspace(c.requester().community(), request(c, internship, cohort)));
            internship = internships.save(internship);
        } catch (WorkspaceUnavailableException e) {
            problem = e.getMessage();
        }
        started.started(c.requester().community(), internship);
        InternshipReplies.Started result = new InternshipReplies.Started(internship, problem);
        return Outcome.reply(InternshipReplies.reply(result), InternshipReplies.welcome(result));
    }

    private WorkspaceRequest request(Command c, Internship i, Cohort cohort) {
        String slug = c.intern()
                .name()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        String name = ("atelier-" + i.number() + "-" + slug);
        name = name.length() > 80 ? name.substring(0, 80) : name;
        List<String> moderators =
                new ArrayList<>(communities.ensure(c.requester().community()).moderatorIds());
        String topic = "Internship #" + i.number() + ": " + i.data().taskTitle();
        return new WorkspaceRequest(
                name, topic, c.intern(), c.mentor(), moderators, cohort == null ? null : cohort.channelId());
    }
}
