package dev.atelier.core.internship;

import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How internships and milestones look in messages, the same on every platform. */
public final class Views {

    private Views() {}

    public static String icon(MilestoneStatus status) {
        return switch (status) {
            case PROPOSED -> "💡";
            case PLANNED -> "⚪";
            case IN_PROGRESS -> "🔵";
            case SUBMITTED -> "📥";
            case CHANGES_REQUESTED -> "↩️";
            case APPROVED -> "✅";
        };
    }

    public static String line(Milestone m) {
        String due = m.due() == null ? "" : " · due " + m.due();
        String estimate = m.estimateHours() == null ? "" : " · " + m.estimateHours() + " h";
        return icon(m.status()) + " *" + m.label() + "* — " + m.status().label() + due + estimate;
    }

    public static String title(Internship i) {
        return "Internship #" + i.number() + " · " + i.data().taskTitle();
    }

    /** The whole plan: who, status, and every milestone. */
    public static Message plan(Internship i) {
        String body = i.milestones().isEmpty()
                ? "No milestones yet. The mentor adds them with `milestone add " + i.number() + " <title>`; the intern "
                        + "can propose some with `milestone propose " + i.number() + " <title>`."
                : i.milestones().stream().map(Views::line).collect(Collectors.joining("\n"));
        List<Field> fields = new ArrayList<>(people(i));
        List<String> appeals = i.timeline().stream()
                .filter(e -> e.what().contains("appeal"))
                .map(e -> e.at().toString().substring(0, 10) + " <@" + e.by() + "> " + e.what())
                .toList();
        if (!appeals.isEmpty()) {
            fields.add(Field.wide("Appeals (timeline)", String.join("\n", appeals)));
        }
        return Message.privateReply(body).withTitle(title(i)).withFields(fields);
    }

    public static List<Field> people(Internship i) {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of("Intern", i.data().intern().mention()));
        fields.add(Field.of("Mentor", i.data().mentor().mention()));
        fields.add(Field.of("Status", i.status().name().toLowerCase(Locale.ROOT)));
        if (i.data().cohortName() != null) {
            fields.add(Field.of("Cohort", i.data().cohortName()));
        }
        long approved = i.milestones().stream()
                .filter(m -> m.status() == MilestoneStatus.APPROVED)
                .count();
        fields.add(Field.of("Milestones", approved + "/" + i.milestones().size() + " approved"));
        return fields;
    }

    /** A submission as the mentor sees it, with Approve and Request changes buttons. */
    public static Message submission(Internship i, Milestone m) {
        Submission s = m.latestSubmission();
        // the mentor acts next and is the one pinged; the intern, who acted, is named without a ping
        Text text = Text.builder()
                .member(i.data().mentor().id())
                .plain(": " + i.data().intern().name())
                .plain(m.submissions().size() > 1 ? " resubmitted " : " submitted ")
                .bold(m.label())
                .plain(" for review.")
                .build();
        List<Field> fields = new ArrayList<>();
        if (s.link() != null) {
            fields.add(Field.wide("Link", Text.user(s.link().toString())));
        }
        if (s.notes() != null) {
            fields.add(Field.wide("Notes", Text.user(s.notes())));
        }
        if (m.criteria() != null) {
            fields.add(Field.wide("Acceptance criteria", Text.user(m.criteria())));
        }
        return Message.publicReply(text)
                .withTitle(title(i))
                .withFields(fields)
                .withButtons(List.of(
                        Button.of("Approve", ButtonStyle.SUCCESS, "review " + m.number() + " approve"),
                        Button.asking(
                                "Request changes",
                                ButtonStyle.DANGER,
                                "review " + m.number() + " changes",
                                Button.needed("feedback"))));
    }

    /** A review as the intern sees it. */
    public static Message review(Internship i, Milestone m) {
        Review r = m.latestReview();
        // the intern acts next and is the one pinged; the reviewer, who acted, is named without a ping
        String reviewer =
                r.by().equals(i.data().mentor().id()) ? i.data().mentor().name() : "A moderator";
        Text.Builder text = Text.builder().member(i.data().intern().id()).plain(": " + reviewer);
        Text head = r.verdict() == Verdict.APPROVE
                ? text.plain(" approved ").bold(m.label()).plain(".").build()
                : text.plain(" requested changes on ")
                        .bold(m.label())
                        .plain(". Resubmit with ")
                        .code("submit " + m.number() + " <link> [notes]")
                        .plain(".")
                        .build();
        List<Field> fields =
                r.feedback() == null ? List.of() : List.of(Field.wide("Feedback", Text.user(r.feedback())));
        Message post = Message.publicReply(head).withTitle(title(i)).withFields(fields);
        // the intern may appeal a request for changes to the moderators
        return r.verdict() == Verdict.APPROVE
                ? post
                : post.withButtons(List.of(
                        Button.asking("Appeal", ButtonStyle.SECONDARY, "appeal milestone " + m.number(), "reason")));
    }
}
