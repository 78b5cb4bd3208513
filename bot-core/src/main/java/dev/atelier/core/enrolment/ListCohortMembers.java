package dev.atelier.core.enrolment;

import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Requester;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The members of a cohort by role; moderators also see who waits for approval and the cohort's tasks. */
public final class ListCohortMembers {

    private final CohortRosters rosters;

    public ListCohortMembers(CohortRosters rosters) {
        this.rosters = rosters;
    }

    public Outcome execute(Requester r, String cohortName) {
        Roster roster = rosters.roster(r.communityId(), cohortName);
        List<Field> fields = new ArrayList<>();
        fields.add(
                Field.wide("Interns (" + roster.active(Role.INTERN).size() + ")", names(roster.active(Role.INTERN))));
        fields.add(
                Field.wide("Mentors (" + roster.active(Role.MENTOR).size() + ")", names(roster.active(Role.MENTOR))));
        if (r.moderator()) {
            List<Roster.Enrollee> waiting =
                    roster.enrollees().stream().filter(e -> !e.approved()).toList();
            if (!waiting.isEmpty()) {
                fields.add(Field.wide(
                        "Waiting for approval",
                        waiting.stream()
                                .map(e -> e.member().mention() + " (" + e.role().label() + ")")
                                .collect(Collectors.joining(", "))));
            }
            if (!roster.tasks().isEmpty()) {
                fields.add(Field.wide(
                        "Tasks",
                        roster.tasks().stream()
                                .map(t -> "#" + t.taskNumber() + " (level " + t.level() + ")")
                                .collect(Collectors.joining(", "))));
            }
        }
        String approval = roster.approvalRequired() ? "Joining needs a moderator's approval." : "Anyone can join.";
        return Outcome.reply(Message.privateReply(approval)
                .withTitle("👥 " + roster.cohortName())
                .withFields(fields));
    }

    private static String names(List<Roster.Enrollee> enrollees) {
        return enrollees.isEmpty()
                ? "nobody yet"
                : enrollees.stream().map(e -> e.member().mention()).collect(Collectors.joining(", "));
    }
}
