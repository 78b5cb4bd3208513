package dev.atelier.app.benchmark;

import dev.atelier.core.clock.checkin.Answer;
import dev.atelier.core.clock.checkin.AnsweredCheckin;
import dev.atelier.core.clock.checkin.CheckinOccasions;
import dev.atelier.core.clock.duework.Claimed;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.clock.reminder.ReminderKind;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.store.MongoStores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The template community of {@link ScaleBenchmark}, built through the real core, per internship: a task,
 * the pair, both profiles, three milestones with due dates (one submitted and approved), three hours
 * logs, ten questions (five resolved); then through the real store ports: twenty check-in answers,
 * thirty counted messages (ids seen, counted by week and question), fifty due items (thirty done, twenty
 * pending).
 */
final class ScaleTemplate {

    static final int QUESTIONS = 10;
    static final int ANSWERS = 20;
    static final int MESSAGES = 30;
    static final int DUE_DONE = 30;
    static final int DUE_PENDING = 20;

    private static final Instant PAST = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant LATER = Instant.parse("2027-01-04T09:00:00Z");

    private final AtelierBot bot;
    private final MongoStores stores;
    private final CommunityRef community;

    ScaleTemplate(AtelierBot bot, MongoStores stores, CommunityRef community) {
        this.bot = bot;
        this.stores = stores;
        this.community = community;
    }

    String run(String who, boolean moderator, String line) {
        return bot.run(new Caller(community, new Actor(new Member(who, who), moderator), null), line)
                .reply()
                .text();
    }

    void build(int internships) {
        for (int i = 1; i <= internships; i++) {
            String intern = "UINT" + i;
            String mentor = "UMEN" + i;
            List<String> replies = new ArrayList<>();
            replies.add(run("UADMIN", true, "task add Task" + i + " \"Work " + i + "\" \"100 USD\" 10"));
            replies.add(run(
                    "UADMIN",
                    true,
                    "internship start <@" + intern + "|int" + i + "> <@" + mentor + "|men" + i + "> " + i));
            replies.add(
                    run(intern, false, "profile set skills:java:3,sql:2 timezone:Europe/Paris window:9-17 hours:10"));
            replies.add(run(mentor, false, "profile set skills:java:5 expertise:java,testing capacity:3"));
            for (int m = 1; m <= 3; m++) {
                replies.add(run(
                        mentor,
                        false,
                        "milestone add " + i + " \"Part " + m + " of " + i + "\" due:2027-0" + m + "-15"));
            }
            replies.add(run(intern, false, "submit 1 https://example.org/work/" + i + " \"first draft\""));
            replies.add(run(mentor, false, "review 1 approve \"well done\""));
            for (int h = 1; h <= 3; h++) {
                replies.add(run(intern, false, "log " + h + " \"worked on part " + h + " of " + i + "\""));
            }
            for (int q = 1; q <= QUESTIONS; q++) {
                replies.add(run(intern, false, "ask \"How do I do step " + q + " of part " + i + "?\""));
            }
            if (i == 1) {
                replies.forEach(r -> System.out.println(
                        "  template: " + r.lines().findFirst().orElse("")));
            }
        }
        long firstQuestion = Long.MAX_VALUE;
        for (var q : stores.questions().ofInternship(community.id(), 1)) {
            firstQuestion = Math.min(firstQuestion, q.number());
        }
        for (int i = 1; i <= internships; i++) {
            for (long q = 0; q < QUESTIONS / 2; q++) {
                run("UINT" + i, false, "resolve " + ((i - 1) * QUESTIONS + firstQuestion + q) + " practice");
            }
        }
        for (int i = 1; i <= internships; i++) {
            viaPorts(i, firstQuestion + (long) (i - 1) * QUESTIONS);
        }
        settleDone();
    }

    /** What chat traffic and the clock leave behind for internship {@code i}. */
    private void viaPorts(int i, long firstQuestion) {
        for (int p = 1; p <= ANSWERS; p++) {
            Instant at = PAST.plus(Duration.ofDays(7L * p));
            stores.checkinHistory()
                    .keep(
                            community.id(),
                            i,
                            new AnsweredCheckin(p, new Answer("done " + p, "none", "next " + p, 4, at)));
        }
        for (int m = 1; m <= MESSAGES; m++) {
            String id = "M" + i + "." + m;
            if (stores.conversations().firstSighting(community.id(), id)) {
                stores.conversations().countMessage(community.id(), i, PAST.plus(Duration.ofDays(3L * m)));
                stores.conversations().countInQuestion(community.id(), firstQuestion + m % QUESTIONS);
            }
        }
        DueWork due = stores.dueWork();
        List<DueItem> items = new ArrayList<>();
        for (int d = 0; d < DUE_DONE; d++) {
            items.add(DueItem.of(
                    ReminderKind.REVIEW_WAIT, community, i, 1, "old-" + d, "UMEN" + i, PAST.plus(Duration.ofDays(d))));
        }
        for (int d = 0; d < DUE_PENDING; d++) {
            items.add(DueItem.of(
                    CheckinOccasions.PROMPT,
                    community,
                    i,
                    100 + d,
                    "",
                    "UINT" + i,
                    LATER.plus(Duration.ofDays(7L * d)).plusSeconds(i)));
        }
        due.planAll(items);
    }

    /** Works off the past items (as the clock would): they stay in the store as done occasions. */
    private void settleDone() {
        Instant then = PAST.plus(Duration.ofDays(DUE_DONE + 1));
        for (List<Claimed> claimed = claim(then); !claimed.isEmpty(); claimed = claim(then)) {
            stores.dueWork().done(claimed, then);
        }
    }

    private List<Claimed> claim(Instant then) {
        return stores.dueWork().claim("scale-template", then, Duration.ofMinutes(5), 500);
    }
}
