package dev.atelier.core.away;

import dev.atelier.core.community.Member;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The open milestones of one internship whose due date falls on days off, and the notice to its pair. */
record DuesInside(List<Milestone> milestones) {

    static DuesInside of(Internship i, Predicate<LocalDate> daysOff) {
        return new DuesInside(i.milestones().stream()
                .filter(m -> m.due() != null && daysOff.test(m.due()))
                .filter(m -> m.status() != MilestoneStatus.APPROVED)
                .toList());
    }

    /**
     * A workspace post (or DMs to both) saying who is away and which due dates fall inside, pinging the other
     * side of the pair, who agrees new dates with them; none when none.
     */
    List<Notification> notices(Internship i, Member who, String period) {
        if (milestones.isEmpty()) {
            return List.of();
        }
        String dues = milestones.stream()
                .map(m -> m.label() + " (due " + m.due() + ")")
                .collect(Collectors.joining(", "));
        Member other = who.id().equals(i.data().intern().id())
                ? i.data().mentor()
                : i.data().intern();
        return Notices.workspace(
                i,
                Message.publicReply(Text.builder()
                                .quiet(who)
                                .plain(" is away " + period + ". Due inside: " + dues + ". ")
                                .member(other)
                                .plain(", agree new dates together with ")
                                .code("milestone edit <milestone> due:YYYY-MM-DD")
                                .plain(".")
                                .build())
                        .withTitle("🏖️ Due dates on days off — internship #" + i.number()));
    }

    /** A workspace post for a community holiday: both of the pair agree new dates; none when none. */
    List<Notification> notices(Internship i, String headline) {
        if (milestones.isEmpty()) {
            return List.of();
        }
        String dues = milestones.stream()
                .map(m -> m.label() + " (due " + m.due() + ")")
                .collect(Collectors.joining(", "));
        return Notices.workspace(
                i,
                Message.publicReply(Text.builder()
                                .plain(headline + " Due inside: " + dues + ". ")
                                .member(i.data().intern())
                                .plain(", ")
                                .member(i.data().mentor())
                                .plain(": agree new dates with ")
                                .code("milestone edit <milestone> due:YYYY-MM-DD")
                                .plain(".")
                                .build())
                        .withTitle("🏖️ Due dates on days off — internship #" + i.number()));
    }
}
