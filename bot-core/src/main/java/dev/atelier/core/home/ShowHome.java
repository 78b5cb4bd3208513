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
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionStore;
import dev.atelier.core.question.ShowQueue;
import dev.atelier.core.shared.Requester;
import dev.atelier.core.trajectory.Trajectory;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Builds the viewer's home: one field per role they hold, most pressing first. */
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
    }

    public Outcome execute(Requester requester) {
        List<Field> fields = new ArrayList<>();
        List<Internship> mine = internships.findByMember(requester.communityId(), requester.memberId()).stream()
                .filter(i -> i.status() == InternshipStatus.ACTIVE)
                .toList();
        List<String> interning = new ArrayList<>();
        for (Internship i : mine) {
            if (i.isIntern(requester)) {
                interning.addAll(asIntern(requester, i));
            }
        }
        add(fields, "🎓 Your internships", interning);
        if (trajectory != null) {
            var earned = trajectory.earned(requester.communityId(), requester.memberId());
            if (!earned.isEmpty()) {
                List<String> path = new ArrayList<>(List.of("Earned: " + Trajectory.describe(earned)));
                trajectory.opens(requester.communityId(), earned).forEach(t -> path.add("Opens: " + t));
                add(fields, "🏅 Your path", path);
            }
        }
        add(fields, "🧑‍🏫 Waiting for you as a mentor, oldest first", queue.lines(requester));
        if (requester.moderator()) {
            add(fields, "🛠 Cohorts", cohorts.lines(requester.communityId()));
        }
        String intro = fields.isEmpty()
                ? "Nothing waits for you here yet. `/atelier help` lists what you can do."
                : "Hello " + requester.member().mention() + ", here is what matters now.";
        return Outcome.reply(Message.privateReply(intro).withTitle("🏠 Atelier").withFields(fields));
    }

    private List<String> asIntern(Requester requester, Internship i) {
        List<String> lines = new ArrayList<>();
        List<Question> open = questions.ofInternship(requester.communityId(), i.number()).stream()
                .filter(q -> q.resolvedAt() == null)
                .toList();
        lines.add("*#" + i.number() + " " + i.data().taskTitle() + "* with "
                + i.data().mentor().mention()
                + away.suffix(requester.communityId(), i.data().mentor().id()) + " · "
                + open.size() + " open question(s)");
        plan.linesFor(requester.communityId(), i).forEach(line -> lines.add("• " + line));
        checkins.find(requester.communityId(), i.number())
                .flatMap(c -> checkinLine(requester, c))
                .ifPresent(lines::add);
        for (Question q : open) {
            long messages = conversations.messagesInQuestion(requester.communityId(), q.number());
            lines.add("• " + q.label() + " (" + q.status().name().toLowerCase(Locale.ROOT) + ", " + messages
                    + " message(s)): " + ShowQueue.shorten(q.data().text())
                    + (q.thread() == null || q.thread().link() == null
                            ? ""
                            : " · " + q.thread().link()));
        }
        return lines;
    }

    /** The check-in waiting for an answer, else when the next one comes, in the intern's own time zone. */
    private Optional<String> checkinLine(Requester requester, Checkin c) {
        if (c.prompt() != null && c.prompt().open()) {
            return Optional.of("• 🗓️ Check-in " + c.prompt().number() + " waits for your answer (`checkin answer`)");
        }
        if (c.nextDue() == null) {
            return Optional.empty();
        }
        ZoneId zone = zones.of(requester.communityId(), requester.memberId());
        return Optional.of("• 🗓️ Next check-in " + WHEN.format(c.nextDue().atZone(zone)) + " (" + zone.getId() + ")");
    }

    private static void add(List<Field> fields, String name, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        List<String> shown = lines.size() <= LINES ? lines : new ArrayList<>(lines.subList(0, LINES));
        if (lines.size() > LINES) {
            shown.add("… and " + (lines.size() - LINES) + " more");
        }
        fields.add(new Field(name, String.join("\n", shown), false));
    }
}
