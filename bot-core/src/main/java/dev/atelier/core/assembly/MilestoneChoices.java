package dev.atelier.core.assembly;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.shared.Requester;
import java.util.Set;

/**
 * Which milestones a command can take from this requester, so autocomplete offers only those: the
 * intern submits their open milestones, the mentor (or a moderator) reviews submitted ones, and so on.
 * Commands not listed take any milestone of an internship the requester sees.
 */
final class MilestoneChoices {

    private static final Set<MilestoneStatus> OPEN =
            Set.of(MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS, MilestoneStatus.CHANGES_REQUESTED);

    private MilestoneChoices() {}

    static boolean usable(String path, Requester r, Internship i, Milestone m) {
        boolean intern = i.isIntern(r);
        boolean reviewer = !intern && (i.isMentor(r) || r.moderator());
        return switch (path) {
            case "submit" -> intern && OPEN.contains(m.status());
            case "review" -> reviewer && m.status() == MilestoneStatus.SUBMITTED;
            case "milestone start" -> intern && m.status() == MilestoneStatus.PLANNED;
            case "milestone confirm" -> reviewer && m.status() == MilestoneStatus.PROPOSED;
            case "appeal milestone" -> intern && m.status() == MilestoneStatus.CHANGES_REQUESTED;
            default -> true;
        };
    }
}
