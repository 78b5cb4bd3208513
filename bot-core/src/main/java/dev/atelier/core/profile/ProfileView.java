package dev.atelier.core.profile;

import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A profile as a private message, with the buttons that open its forms when it is the reader's own. */
final class ProfileView {

    private ProfileView() {}

    static Message of(Profile p, boolean own, Text lead) {
        List<Field> fields = new ArrayList<>();
        add(
                fields,
                "Skills",
                p.skills().entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue() + ")")
                        .sorted()
                        .collect(Collectors.joining(", ")));
        add(fields, "Learning goals", String.join(", ", p.learning()));
        add(fields, "Career goals", p.career());
        add(fields, "Time zone", p.timezone());
        add(fields, "Working hours", p.fromHour() == null ? null : p.fromHour() + ":00–" + p.toHour() + ":00 local");
        add(fields, "Weekly hours", p.weeklyHours() == null ? null : p.weeklyHours() + " h");
        add(fields, "Mentor expertise", String.join(", ", p.expertise()));
        add(fields, "Capacity", p.capacity() == null ? null : p.capacity() + " interns at once");
        add(
                fields,
                "Paused until",
                p.pausedUntil() == null ? null : p.pausedUntil().toString());
        add(
                fields,
                "Don't pair me with",
                p.avoid().isEmpty() ? null : Text.builder().members(p.avoid()).build());
        if (p.bio() != null) {
            fields.add(Field.wide("Bio", Text.user(p.bio())));
        }
        Text text = fields.isEmpty() ? lead.append(" Nothing filled in yet.") : lead;
        Message message = Message.privateReply(text)
                .withTitle("👤 Profile of " + p.member().name())
                .withFields(fields);
        return own ? message.withButtons(buttons()) : message;
    }

    static List<Button> buttons() {
        return List.of(
                Button.asking(
                        "Edit profile", ButtonStyle.PRIMARY, "profile set", "skills", "learning", "career", "bio"),
                Button.asking("Edit hours", ButtonStyle.SECONDARY, "profile set", "timezone", "window", "hours"),
                Button.asking("Edit mentoring", ButtonStyle.SECONDARY, "profile set", "expertise", "capacity"));
    }

    private static void add(List<Field> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(Field.of(name, Text.user(value)));
        }
    }

    private static void add(List<Field> fields, String name, Text value) {
        if (value != null && !value.isEmpty()) {
            fields.add(Field.of(name, value));
        }
    }
}
