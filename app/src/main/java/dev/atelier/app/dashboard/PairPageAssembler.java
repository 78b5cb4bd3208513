package dev.atelier.app.dashboard;

import dev.atelier.app.dashboard.PairPage.AnswerView;
import dev.atelier.app.dashboard.PairPage.CheckinView;
import dev.atelier.app.dashboard.PairPage.Event;
import dev.atelier.app.dashboard.PairPage.MilestoneView;
import dev.atelier.app.dashboard.PairPage.QuestionView;
import dev.atelier.core.clock.checkin.Answer;
import dev.atelier.core.clock.checkin.AnsweredCheckin;
import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.checkin.Prompt;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.planfit.BurnUp;
import dev.atelier.core.question.Question;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds a pair's page; every time in the viewer's zone, newest timeline events first. */
@Component
class PairPageAssembler {

    private final PairFactsLoader loader;
    private final Clock clock;

    PairPageAssembler(PairFactsLoader loader, Clock clock) {
        this.loader = loader;
        this.clock = clock;
    }

    PairPage assemble(Viewer viewer, ViewerZone zone, long number) {
        PairFacts f = loader.pair(viewer, number);
        Internship i = f.internship();
        Map<String, String> names = Mentions.names(i);
        List<Event> timeline = new ArrayList<>(i.timeline().stream()
                .map(e -> event(zone, e.at(), names.getOrDefault(e.by(), e.by()), Mentions.readable(e.what(), names)))
                .toList());
        Collections.reverse(timeline);
        LocalDate today = clock.instant().atZone(zone.zone()).toLocalDate();
        BurnUp burnUp = loader.burnUp(i);
        Map<Long, String> hours =
                burnUp.rows().stream().collect(Collectors.toMap(BurnUp.Row::number, BurnUp.Row::text));
        List<MilestoneView> milestones = i.milestones().stream()
                .map(m -> milestone(m, zone, names, today, hours.get(m.number())))
                .toList();
        List<QuestionView> questions =
                f.questions().stream().map(q -> question(q, zone)).toList();
        String cohort = i.data().cohortName();
        return new PairPage(
                PairRow.of(f, zone),
                cohort,
                cohort == null ? null : Links.cohort(cohort),
                timeline,
                milestones,
                questions,
                f.checkin().map(c -> checkin(c, zone)).orElse(null),
                loader.answers(viewer, number).stream()
                        .map(a -> answer(a, zone))
                        .toList(),
                new BurndownChart(zone.zone()).add(f).render("pair-burndown", today),
                Links.pair(number) + "/events.csv",
                burnUp.empty() ? null : burnUp.line());
    }

    private static Event event(ViewerZone zone, Instant at, String by, String what) {
        return new Event(zone.format(at), zone.iso(at), by, what);
    }

    private static MilestoneView milestone(
            Milestone m, ViewerZone zone, Map<String, String> names, LocalDate today, String hours) {
        List<Event> submissions = m.submissions().stream()
                .map(s -> event(
                        zone,
                        s.at(),
                        names.getOrDefault(s.by(), s.by()),
                        join(s.link() == null ? null : s.link().toString(), s.notes())))
                .toList();
        List<Event> reviews = m.reviews().stream()
                .map(r -> event(
                        zone,
                        r.at(),
                        names.getOrDefault(r.by(), r.by()),
                        r.verdict().name().toLowerCase() + (r.feedback() == null ? "" : ": " + r.feedback())))
                .toList();
        boolean overdue = m.due() != null && m.due().isBefore(today) && m.status() != MilestoneStatus.APPROVED;
        return new MilestoneView(
                m.label(),
                m.status().label(),
                m.due() == null ? "no due date" : m.due().toString(),
                overdue,
                m.criteria(),
                submissions,
                reviews,
                hours);
    }

    private static QuestionView question(Question q, ViewerZone zone) {
        String reply = q.firstReplyAt() == null
                ? "waiting"
                : words(Duration.between(q.data().askedAt(), q.firstReplyAt()));
        return new QuestionView(
                q.label(),
                q.data().text(),
                q.status().name().toLowerCase(),
                zone.format(q.data().askedAt()),
                reply);
    }

    private static CheckinView checkin(Checkin c, ViewerZone zone) {
        Prompt p = c.prompt();
        String schedule = c.schedule() == null ? "no schedule" : c.schedule().describe();
        if (p == null) {
            return new CheckinView(
                    schedule,
                    zone.format(c.nextDue()),
                    c.missedInRow(),
                    null,
                    null,
                    "no prompt yet",
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        String state = p.answer() != null ? "answered" : p.missed() ? "missed" : "waiting for an answer";
        var a = p.answer();
        return new CheckinView(
                schedule,
                zone.format(c.nextDue()),
                c.missedInRow(),
                p.number(),
                zone.format(p.sentAt()),
                state,
                a == null ? null : a.done(),
                a == null ? null : a.blocks(),
                a == null ? null : a.next(),
                a == null ? null : a.confidence(),
                a == null ? null : zone.format(a.at()));
    }

    private static AnswerView answer(AnsweredCheckin answered, ViewerZone zone) {
        Answer a = answered.answer();
        return new AnswerView(
                answered.prompt(),
                zone.format(a.at()),
                zone.iso(a.at()),
                a.done(),
                a.blocks(),
                a.next(),
                a.confidence());
    }

    static String words(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 48 * 60) {
            return minutes / 60 + " h " + minutes % 60 + " min";
        }
        return minutes / (24 * 60) + " days " + (minutes / 60) % 24 + " h";
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + (a != null && b != null ? " — " : "") + (b == null ? "" : b);
    }
}
