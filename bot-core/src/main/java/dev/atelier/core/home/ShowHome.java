package dev.atelier.core.home;

import dev.atelier.core.away.AwayNote;
import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.checkin.CheckinStore;
import dev.atelier.core.clock.checkin.Zones;
import dev.atelier.core.conversation.ConversationStore;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipFigures;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionStore;
import dev.atelier.core.question.ShowQueue;
import dev.atelier.core.shared.Plural;
import dev.atelier.core.shared.Requester;
import dev.atelier.core.trajectory.Trajectory;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Builds the viewer's home: one field per role they hold, most pressing first, and the actions they can take now. */
public final class ShowHome {

    private static final int LINES = 15;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);

    private final InternshipStore internships;
    private final QuestionStore questions;
    private final ConversationStore conversations;
    private final ShowQueue queue;
    private final CohortFigures cohorts;
    private final CheckinStore checkins;
    private final Zones zones;
    private final AwayNote away;
    private final InternshipFigures plan;
    private final Trajectory trajectory;
    private final ActionsNow actions;

    public ShowHome(
            InternshipStore internships,
            QuestionStore questions,
            ConversationStore conversations,
            ShowQueue queue,
            CohortFigures cohorts,
            CheckinStore checkins,
            Zones zones) {
        this(
                internships,
                questions,
                conversations,
                queue,
                cohorts,
                checkins,
                zones,
                AwayNote.NONE,
                InternshipFigures.NONE,
                null);
    }

    /**
     * Marks a mentor who is away now ("away until …") on their intern's home, and adds the {@code plan} lines
     * (hours against estimates, a plan that does not fit) to each internship.
     */
    public ShowHome(
            InternshipStore internships,
            QuestionStore questions,
            ConversationStore conversations,
            ShowQueue queue,
            CohortFigures cohorts,
            CheckinStore checkins,
            Zones zones,
            AwayNote away,
            InternshipFigures plan,
            Trajectory trajectory) {
        this.internships = internships;
        this.questions = questions;
        this.conversations = conversations;
        this.queue = queue;
        this.cohorts = cohorts;
        this.checkins = checkins;
        this.zones = zones;
        this.away = away;
        this.plan = plan;
        this.trajectory = trajectory;
        this.actions = new ActionsNow(internships, checkins);
    }

    public Outcome execute(Requester requester) {
        List<Field> fields = new ArrayList<>();
        List<Internship> mine = internships.findByMember(requester.communityId(), requester.memberId()).stream()
                .filter(i -> i.status() == InternshipStatus.ACTIVE)
                .toList();
        List<Text> interning = new ArrayList<>();
        for (Internship i : mine) {
            if (i.isIntern(requester)) {
                interning.addAll(asIntern(requester, i));
            }
        }
        add(fields, "🎓 Your internships", interning);
        if (trajectory != null) {
            var earned = trajectory.earned(requester.communityId(), requester.memberId());
            if (!earned.isEmpty()) {
                List<Text> path = new ArrayList<>(List.of(Text.of("Earned: " + Trajectory.describe(earned))));
                trajectory
                        .opens(requester.communityId(), earned)
                        .forEach(t -> path.add(Text.of("Opens: ").append(Text.user(t))));
                add(fields, "🏅 Your path", path);
            }
        }
        add(fields, "🧑‍🏫 Waiting for you as a mentor, oldest first", queue.lines(requester));
        if (requester.moderator()) {
            add(fields, "🛠 Cohorts", cohorts.lines(requester.communityId()));
        }
        Text intro = fields.isEmpty()
                ? Text.builder()
                        .plain("Nothing waits for you here yet. ")
                        .command("help")
                        .plain(" lists what you can do.")
                        .build()
                : Text.of("Here is what matters now.");
        return Outcome.reply(Message.privateReply(intro)
                .withTitle("🏠 Atelier")
                .withFields(fields)
                .withButtons(actions.forViewer(requester)));
    }

    private List<Text> asIntern(Requester requester, Internship i) {
        List<Text> lines = new ArrayList<>();
        List<Question> open = questions.ofInternship(requester.communityId(), i.number()).stream()
                .filter(q -> q.resolvedAt() == null)
                .toList();
        lines.add(Text.builder()
                .plain("#" + i.number() + " ")
                .user(i.data().taskTitle())
                .plain(" with ")
                .quiet(i.data().mentor())
                .plain(away.suffix(requester.communityId(), i.data().mentor().id())
                        + (open.isEmpty() ? "" : " · " + Plural.of(open.size(), "open question")))
                .build());
        plan.linesFor(requester.communityId(), i)
                .forEach(line -> lines.add(Text.builder().bullet().text(line).build()));
        checkins.find(requester.communityId(), i.number())
                .flatMap(c -> checkinLine(requester, c))
                .ifPresent(lines::add);
        for (Question q : open) {
            long messages = conversations.messagesInQuestion(requester.communityId(), q.number());
            Text.Builder line = Text.builder()
                    .bullet()
                    .plain(q.label() + " (" + q.status().name().toLowerCase(Locale.ROOT) + ", "
                            + Plural.of(messages, "message") + "): ")
                    .user(ShowQueue.shorten(q.data().text()));
            if (q.thread() != null && q.thread().link() != null) {
                line.plain(" · ").link(q.thread().link(), "thread");
            }
            lines.add(line.build());
        }
        return lines;
    }

    /** The check-in waiting for an answer, else when the next one comes, in the intern's own time zone. */
    private Optional<Text> checkinLine(Requester requester, Checkin c) {
        if (c.prompt() != null && c.prompt().open()) {
            return Optional.of(Text.builder()
                    .bullet()
                    .plain("🗓️ Check-in #" + c.prompt().number() + " waits for your answer")
                    .build());
        }
        if (c.nextDue() == null) {
            return Optional.empty();
        }
        ZoneId zone = zones.of(requester.communityId(), requester.memberId());
        return Optional.of(Text.builder()
                .bullet()
                .plain("🗓️ Next check-in " + WHEN.format(c.nextDue().atZone(zone)) + " (" + zone.getId() + ")")
                .build());
    }

    private static void add(List<Field> fields, String name, List<Text> lines) {
        if (lines.isEmpty()) {
            return;
        }
        List<Text> shown = lines.size() <= LINES ? lines : new ArrayList<>(lines.subList(0, LINES));
        if (lines.size() > LINES) {
            shown.add(Text.of("… and " + (lines.size() - LINES) + " more"));
        }
        fields.add(Field.wide(name, Text.join(Text.builder().line().build(), shown)));
    }
}
