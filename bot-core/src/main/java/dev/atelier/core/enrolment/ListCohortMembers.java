package dev.atelier.core.enrolment;

import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
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
        fields.add(field("Interns", "No intern has joined yet.", roster.active(Role.INTERN)));
        fields.add(field("Mentors", "No mentor has joined yet.", roster.active(Role.MENTOR)));
        if (r.moderator()) {
            List<Roster.Enrollee> waiting =
                    roster.enrollees().stream().filter(e -> !e.approved()).toList();
            if (!waiting.isEmpty()) {
                fields.add(Field.wide(
                        "Waiting for approval",
                        Text.join(
                                Text.of(", "),
                                waiting.stream()
                                        .map(e -> Text.builder()
                                                .quiet(e.member())
                                                .plain(" (" + e.role().label() + ")")
                                                .build())
                                        .toList())));
            }
            if (!roster.tasks().isEmpty()) {
                fields.add(Field.wide(
                        "Tasks",
                        Text.of(roster.tasks().stream()
                                .map(t -> "#" + t.taskNumber() + " (level " + t.level() + ")")
                                .collect(Collectors.joining(", ")))));
            }
        }
        String approval = roster.approvalRequired() ? "Joining needs a moderator's approval." : "Anyone can join.";
        return Outcome.reply(Message.privateReply(Text.of(approval))
                .withTitle("👥 " + roster.cohortName())
                .withFields(fields));
    }

    /** The members of one role with their count, or in words that nobody has joined. */
    private static Field field(String name, String nobody, List<Roster.Enrollee> enrollees) {
        if (enrollees.isEmpty()) {
            return Field.wide(name, Text.of(nobody));
        }
        return Field.wide(
                name + " (" + enrollees.size() + ")",
                Text.join(
                        Text.of(", "),
                        enrollees.stream()
                                .map(e -> Text.builder().quiet(e.member()).build())
                                .toList()));
    }
}
