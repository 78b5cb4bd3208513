package dev.atelier.core.home;

import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.checkin.CheckinStore;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.internship.WorkspaceControls;
import dev.atelier.core.message.Button;
import dev.atelier.core.shared.Requester;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a member can do now, as buttons that open the form of each action, so that an internship runs
 * without typing a command: an intern submits work (when a milestone is open), asks the mentor, logs
 * hours, answers a waiting check-in and proposes a milestone; a mentor reviews what waits and adds a
 * milestone. The pair's shared buttons, pinned in their workspace, are {@link WorkspaceControls}.
 */
public final class ActionsNow {

    /** Where a milestone can take work. */
    static final Set<MilestoneStatus> OPEN =
            EnumSet.of(MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS, MilestoneStatus.CHANGES_REQUESTED);

    private final InternshipStore internships;
    private final CheckinStore checkins;

    public ActionsNow(InternshipStore internships, CheckinStore checkins) {
        this.internships = internships;
        this.checkins = checkins;
    }

    /** The buttons for {@code viewer} now, each action once, across their active internships. */
    public List<Button> forViewer(Requester viewer) {
        Map<String, Button> buttons = new LinkedHashMap<>();
        List<Internship> active = internships.findByMember(viewer.communityId(), viewer.memberId()).stream()
                .filter(i -> i.status() == InternshipStatus.ACTIVE)
                .toList();
        List<Internship> interning =
                active.stream().filter(i -> i.isIntern(viewer)).toList();
        List<Internship> mentoring =
                active.stream().filter(i -> i.isMentor(viewer)).toList();
        for (Internship i : interning) {
            String suffix = interning.size() > 1 ? " #" + i.number() : "";
            if (hasOpenMilestone(i)) {
                buttons.putIfAbsent("submit", WorkspaceControls.submit());
            }
            buttons.put("ask" + i.number(), WorkspaceControls.ask(i, suffix));
            buttons.put("log" + i.number(), WorkspaceControls.log(i, suffix));
            if (waitingCheckin(viewer.communityId(), i)) {
                buttons.put("checkin" + i.number(), WorkspaceControls.answerCheckin(i, suffix));
            }
            buttons.put("propose" + i.number(), WorkspaceControls.propose(i, suffix));
        }
        if (!mentoring.isEmpty()) {
            buttons.put("queue", WorkspaceControls.review());
        }
        for (Internship i : mentoring) {
            buttons.put(
                    "add" + i.number(),
                    WorkspaceControls.addMilestone(i, mentoring.size() > 1 ? " #" + i.number() : ""));
        }
        return List.copyOf(buttons.values());
    }

    private boolean waitingCheckin(String communityId, Internship i) {
        return checkins.find(communityId, i.number())
                .map(Checkin::prompt)
                .filter(p -> p != null && p.open())
                .isPresent();
    }

    private static boolean hasOpenMilestone(Internship i) {
        return i.milestones().stream().anyMatch(m -> OPEN.contains(m.status()));
    }
}
