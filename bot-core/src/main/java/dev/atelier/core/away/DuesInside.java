package dev.atelier.core.away;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.message.CommandHint;
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

    /** A workspace post (or DMs to both) saying who is away and which due dates fall inside; none when none. */
    List<Notification> notices(Internship i, Text who) {
        return notices(i, who, null);
    }

    /**
     * The same, pinging the side of the pair that did not declare the days off ({@code actorId}; both when
     * null): they agree new dates with the one who is away.
     */
    List<Notification> notices(Internship i, Text who, String actorId) {
        if (milestones.isEmpty()) {
            return List.of();
        }
        String dues = milestones.stream()
                .map(m -> m.label() + " (due " + m.due() + ")")
                .collect(Collectors.joining(", "));
        return Notices.workspace(
                i,
                Message.publicReply(Text.builder()
                                .text(who)
                                .plain(" Due inside: " + dues + ". ")
                                .members(
                                        i.data().intern().id().equals(actorId)
                                                ? List.of()
                                                : List.of(i.data().intern().id()))
                                .plain(
                                        i.data().intern().id().equals(actorId)
                                                        || i.data()
                                                                .mentor()
                                                                .id()
                                                                .equals(actorId)
                                                ? ""
                                                : ", ")
                                .members(
                                        i.data().mentor().id().equals(actorId)
                                                ? List.of()
                                                : List.of(i.data().mentor().id()))
                                .plain(": agree new dates with ")
                                .command(CommandHint.of("milestone edit")
                                        .placeholder("milestone")
                                        .named("due", "YYYY-MM-DD"))
                                .plain(".")
                                .build())
                        .withTitle("🏖️ Due dates on days off · internship #" + i.number()));
    }
}
