package dev.atelier.core.internship;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /** One milestone on a line: its state, label, due date and estimate. */
    public static Text line(Milestone m) {
        String due = m.due() == null ? "" : " · due " + m.due();
        String estimate = m.estimateHours() == null ? "" : " · " + m.estimateHours() + " h";
        return Text.builder()
                .plain(icon(m.status()) + " ")
                .bold(m.label())
                .plain(" — " + m.status().label() + due + estimate)
                .build();
    }

    public static String title(Internship i) {
        return "Internship #" + i.number() + " · " + i.data().taskTitle();
    }

    /** The members of the pair, by id: the mentor or the intern when it is one of them. */
    public static Member member(Internship i, String id) {
        if (i.data().mentor().id().equals(id)) {
            return i.data().mentor();
        }
        if (i.data().intern().id().equals(id)) {
            return i.data().intern();
        }
        return new Member(id, id);
    }

    /** The whole plan: who, status, and every milestone. */
    public static Message plan(Internship i) {
        Text.Builder body = Text.builder();
        if (i.milestones().isEmpty()) {
            body.plain("No milestones yet. The mentor adds them with ")
                    .command(CommandHint.of("milestone add")
                            .with("internship", i.number())
                            .placeholder("title"))
                    .plain("; the intern can propose some with ")
                    .command(CommandHint.of("milestone propose")
                            .with("internship", i.number())
                            .placeholder("title"))
                    .plain(".");
        } else {
            i.milestones().forEach(m -> body.item(line(m)));
        }
        List<Field> fields = new ArrayList<>(people(i));
        Text.Builder appeals = Text.builder();
        i.timeline().stream()
                .filter(e -> e.what().contains("appeal"))
                .forEach(e -> appeals.item(Text.builder()
                        .plain(e.at().toString().substring(0, 10) + " ")
                        .quiet(member(i, e.by()))
                        .plain(" ")
                        .user(e.what())
                        .build()));
        if (!appeals.isEmpty()) {
            fields.add(Field.wide("Appeals", appeals.build()));
        }
        return Message.privateReply(body.build()).withTitle(title(i)).withFields(fields);
    }

    public static List<Field> people(Internship i) {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of("Intern", Text.builder().quiet(i.data().intern()).build()));
        fields.add(Field.of("Mentor", Text.builder().quiet(i.data().mentor()).build()));
        fields.add(Field.of("Status", Text.of(i.status().name().toLowerCase(Locale.ROOT))));
        if (i.data().cohortName() != null) {
            fields.add(Field.of("Cohort", Text.user(i.data().cohortName())));
        }
        PairProgress progress = PairProgress.of(i);
        fields.add(Field.of("Milestones", Text.of(progress.summary())));
        return fields;
    }

    /** A submission as the mentor sees it, with Approve and Request changes buttons. */
    public static Message submission(Internship i, Milestone m) {
        Submission s = m.latestSubmission();
        Text text = Text.builder()
                .plain("📥 ")
                .quiet(i.data().intern())
                .plain(m.submissions().size() > 1 ? " resubmitted " : " submitted ")
                .bold(m.label())
                .plain(" for ")
                .member(i.data().mentor())
                .plain(" to review.")
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
                .withTitle("Review M" + m.number() + " · internship #" + i.number())
                .withFields(fields)
                .withButtons(List.of(
                        Button.of("Approve", ButtonStyle.SUCCESS, "review " + m.number() + " approve"),
                        Button.asking(
                                "Request changes",
                                ButtonStyle.DANGER,
                                "review " + m.number() + " changes",
                                Button.needed("feedback"))));
    }

    /** A review as the intern sees it: approved, or changes requested with Resubmit and Appeal buttons. */
    public static Message review(Internship i, Milestone m) {
        Review r = m.latestReview();
        Text.Builder head = Text.builder();
        if (r.verdict() == Verdict.APPROVE) {
            head.plain("✅ ").quiet(member(i, r.by())).plain(" approved ");
        } else {
            head.plain("↩️ ").quiet(member(i, r.by())).plain(" requested changes on ");
        }
        head.member(i.data().intern()).plain("'s ").bold(m.label()).plain(".");
        List<Field> fields =
                r.feedback() == null ? List.of() : List.of(Field.wide("Feedback", Text.user(r.feedback())));
        Message post = Message.publicReply(head.build()).withTitle(title(i)).withFields(fields);
        // the intern resubmits, or appeals a request for changes to the moderators
        return r.verdict() == Verdict.APPROVE
                ? post
                : post.withButtons(List.of(
                        Button.asking("Resubmit", ButtonStyle.PRIMARY, "submit " + m.number(), "link", "notes"),
                        Button.asking("Appeal", ButtonStyle.SECONDARY, "appeal milestone " + m.number(), "reason")));
    }
}
