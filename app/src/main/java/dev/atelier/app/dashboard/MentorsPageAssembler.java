package dev.atelier.app.dashboard;

import dev.atelier.core.clock.mentorload.MentorLoad;
import dev.atelier.core.clock.mentorload.MentorLoadBoard;
import dev.atelier.core.dashboard.DashboardReads;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds the mentors page from the core's mentor-load read model of the viewer's community. */
@Component
class MentorsPageAssembler {

    private final DashboardReads reads;

    MentorsPageAssembler(DashboardReads reads) {
        this.reads = reads;
    }

    MentorsPage assemble(Viewer viewer, ViewerZone zone) {
        List<MentorLoadBoard.Row> board = reads.mentorLoads().of(viewer.communityId());
        Map<String, String> names = new HashMap<>();
        board.forEach(r -> names.put(r.load().mentor().id(), r.load().mentor().name()));
        List<MentorsPage.Row> rows =
                board.stream().map(r -> row(r, zone, names)).toList();
        return new MentorsPage(
                rows, rows.stream().filter(MentorsPage.Row::flagged).count());
    }

    private static MentorsPage.Row row(MentorLoadBoard.Row r, ViewerZone zone, Map<String, String> names) {
        MentorLoad l = r.load();
        String hours = hours(l.minutesThisWeek()) + (l.weeklyHours() == null ? "" : " of " + l.weeklyHours() + " h");
        return new MentorsPage.Row(
                l.mentor().name(),
                l.interns() + " of " + l.capacity(),
                l.submissionsWaiting(),
                l.questionsUnanswered(),
                l.oldestWait() == null ? "" : zone.format(l.oldestWait()),
                hours,
                r.flagged() ? Mentions.readable(r.flag(), names) : null,
                r.suggestion() == null ? null : Mentions.readable(r.suggestion(), names));
    }

    private static String hours(long minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " h" : String.format(Locale.ROOT, "%.1f h", minutes / 60.0);
    }
}
