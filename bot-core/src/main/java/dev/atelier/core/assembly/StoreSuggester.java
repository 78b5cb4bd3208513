package dev.atelier.core.assembly;

import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.command.Choice;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.command.Suggester;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.shared.Requester;
import dev.atelier.core.task.TaskStore;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Suggests cohorts, tasks, internships and milestones the requester may use, matching what they typed. */
final class StoreSuggester implements Suggester {

    private static final int SCAN = 100;

    private static final java.util.Set<MilestoneStatus> OPEN = java.util.EnumSet.of(
            MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS, MilestoneStatus.CHANGES_REQUESTED);

    private final CohortStore cohorts;
    private final TaskStore tasks;
    private final InternshipStore internships;

    StoreSuggester(CohortStore cohorts, TaskStore tasks, InternshipStore internships) {
        this.cohorts = cohorts;
        this.tasks = tasks;
        this.internships = internships;
    }

    @Override
    public List<Choice> suggest(Requester r, OptionType type, String typed) {
        return suggest(r, "", type, typed);
    }

    @Override
    public List<Choice> suggest(Requester r, String path, OptionType type, String typed) {
        String needle = typed.toLowerCase(Locale.ROOT).replaceFirst("^[#m]", "");
        Stream<Choice> all = switch (type) {
            case COHORT -> cohorts.list(r.communityId()).stream().map(c -> new Choice(c.name(), c.name()));
            case TASK ->
                r.moderator()
                        ? tasks.list(r.communityId()).stream()
                                .map(t -> new Choice(t.label(), Long.toString(t.number())))
                        : Stream.empty();
            case INTERNSHIP ->
                visible(r).stream()
                        .map(i -> new Choice(
                                "#" + i.number() + " " + i.data().taskTitle() + " — "
                                        + i.data().intern().name() + " & "
                                        + i.data().mentor().name(),
                                Long.toString(i.number())));
            case MILESTONE ->
                visible(r).stream()
                        .filter(i -> i.status() == InternshipStatus.ACTIVE)
                        .flatMap(i -> i.milestones().stream()
                                .filter(m -> MilestoneChoices.usable(path, r, i, m))
                                .map(m -> new Choice(
                                        m.label() + " (" + m.status().label() + ") — #" + i.number(),
                                        Long.toString(m.number()))));
            default -> Stream.empty();
        };
        return all.filter(c -> c.label().toLowerCase(Locale.ROOT).contains(needle))
                .map(c ->
                        new Choice(c.label().length() > 100 ? c.label().substring(0, 99) + "…" : c.label(), c.value()))
                .limit(MAX_CHOICES)
                .toList();
    }

    /** The submit form's milestone: the caller's open milestones (planned, in progress, changes requested). */
    @Override
    public List<Choice> menu(Requester r, String path, OptionSpec option) {
        if (!"submit".equals(path) || option.type() != OptionType.MILESTONE) {
            return List.of();
        }
        return internships.findByMember(r.communityId(), r.memberId()).stream()
                .filter(i -> i.status() == InternshipStatus.ACTIVE && i.isIntern(r))
                .flatMap(i -> i.milestones().stream()
                        .filter(m -> OPEN.contains(m.status()))
                        .map(m -> new Choice(
                                cut(m.label() + " · #" + i.number() + " "
                                        + i.data().taskTitle()),
                                Long.toString(m.number()))))
                .limit(MAX_CHOICES)
                .toList();
    }

    private static String cut(String label) {
        return label.length() > 100 ? label.substring(0, 99) + "…" : label;
    }

    private List<Internship> visible(Requester r) {
        return r.moderator()
                ? internships.list(r.communityId(), SCAN)
                : internships.findByMember(r.communityId(), r.memberId());
    }
}
