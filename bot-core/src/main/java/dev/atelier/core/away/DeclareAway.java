package dev.atelier.core.away;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.CalendarDates;
import dev.atelier.core.shared.Plural;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import dev.atelier.core.shared.TypedText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code away <from> <to> [note]}, {@code away list}, {@code away clear}: a member declares days away (in
 * their own time zone), lists them with the community's holidays, or clears the current and coming ones.
 * Declaring tells each of their active pairs, naming the due dates that fall inside.
 */
public final class DeclareAway {

    static final int LONGEST_DAYS = 366;
    static final int NOTE_LENGTH = 200;

    private final AwayStore store;
    private final Availability availability;
    private final InternshipStore internships;
    private final Clock clock;

    public DeclareAway(AwayStore store, Availability availability, InternshipStore internships, Clock clock) {
        this.store = store;
        this.availability = availability;
        this.internships = internships;
        this.clock = clock;
    }

    /** Routes {@code away list}, {@code away clear} and {@code away <from> <to> [note]}. */
    public Outcome execute(Requester r, String from, LocalDate to, String note) {
        String word = from.strip().toLowerCase(java.util.Locale.ROOT);
        if (word.equals("list")) {
            return list(r);
        }
        if (word.equals("clear")) {
            return clear(r);
        }
        LocalDate first = CalendarDates.parse(from)
                .orElseThrow(() -> new Rejected(Text.builder()
                        .code(TypedText.oneLine(from, 20))
                        .plain(" is neither a date (YYYY-MM-DD) nor ")
                        .code("list")
                        .plain(" or ")
                        .code("clear")
                        .plain(". " + "Say ")
                        .command(CommandHint.of("away")
                                .with("from", "2026-12-01")
                                .with("to", "2026-12-10")
                                .with("note", "conference"))
                        .plain(".")
                        .build()));
        return declare(r, new AwayPeriod(first, require(to), TypedText.oneLine(note, NOTE_LENGTH)));
    }

    private static LocalDate require(LocalDate to) {
        if (to == null) {
            throw new Rejected(Text.builder()
                    .plain("Say the last day you are away too: ")
                    .command(CommandHint.of("away")
                            .placeholder("from")
                            .placeholder("to")
                            .placeholder("note"))
                    .plain(".")
                    .build());
        }
        return to;
    }

    private Outcome declare(Requester r, AwayPeriod period) {
        LocalDate today = today(r);
        if (period.to().isBefore(period.from())) {
            throw new Rejected("The last day (" + period.to() + ") comes before the first (" + period.from() + ").");
        }
        if (period.to().isBefore(today)) {
            throw new Rejected(period.to() + " is in the past; away periods are for today or later.");
        }
        if (period.from().plusDays(LONGEST_DAYS).isBefore(period.to())) {
            throw new Rejected("An away period lasts at most a year; declare a shorter one.");
        }
        AwayPeriods stored = store.periods(r.communityId(), r.memberId());
        List<AwayPeriod> periods = new ArrayList<>(new AwayDays(stored.list(), List.of()).current(today));
        periods.add(period);
        periods.sort(Comparator.comparing(AwayPeriod::from));
        store.savePeriods(r.communityId(), r.memberId(), stored.with(periods));
        List<Notification> notices = new ArrayList<>();
        int dueInside = 0;
        for (Internship i : internships.findByMember(r.communityId(), r.memberId())) {
            if (i.status() == InternshipStatus.ACTIVE) {
                DuesInside inside = DuesInside.of(i, period::covers);
                dueInside += inside.milestones().size();
                notices.addAll(inside.notices(
                        i,
                        Text.builder()
                                .quiet(r.member())
                                .plain(" is away ")
                                .user(period.label())
                                .plain(".")
                                .build(),
                        r.memberId()));
            }
        }
        return Outcome.reply(
                Message.privateReply(awayReply(r, period, dueInside)).withTitle("Away"), notices);
    }

    private Text awayReply(Requester r, AwayPeriod period, int dueInside) {
        Text.Builder text = Text.builder()
                .plain("🏖️ Away ")
                .user(period.label())
                .plain(" (your time zone, "
                        + availability.zoneOf(r.communityId(), r.memberId()).getId()
                        + "). Atelier sends you no check-in prompts or reminders then and does not count your pair "
                        + "as idle; your partner and the moderators see \"away until " + period.to() + "\".");
        if (dueInside > 0) {
            text.plain(" " + Plural.of(dueInside, "due date falls", "due dates fall")
                            + " inside: your pair has been told; agree new ones with ")
                    .command(CommandHint.of("milestone edit")
                            .placeholder("milestone")
                            .named("due", "YYYY-MM-DD"))
                    .plain(".");
        }
        return text.build();
    }

    private Outcome list(Requester r) {
        LocalDate today = today(r);
        List<Text> lines = new ArrayList<>();
        store.periods(r.communityId(), r.memberId()).list().stream()
                .filter(p -> !p.to().isBefore(today))
                .forEach(p ->
                        lines.add(Text.builder().plain("🏖️ ").user(p.label()).build()));
        store.holidays(r.communityId()).days().stream()
                .filter(h -> !h.date().isBefore(today))
                .forEach(h -> lines.add(Text.builder()
                        .plain("🎉 ")
                        .user(h.label())
                        .plain(" (community holiday)")
                        .build()));
        if (lines.isEmpty()) {
            return Outcome.reply(Message.privateReply(Text.builder()
                    .plain("No away days ahead. Declare some with ")
                    .command(CommandHint.of("away")
                            .placeholder("from")
                            .placeholder("to")
                            .placeholder("note"))
                    .plain(".")
                    .build()));
        }
        return Outcome.reply(
                Message.privateReply(Text.join(Text.builder().line().build(), lines))
                        .withTitle("Your days away"));
    }

    private Outcome clear(Requester r) {
        LocalDate today = today(r);
        AwayPeriods stored = store.periods(r.communityId(), r.memberId());
        List<AwayPeriod> all = stored.list();
        List<AwayPeriod> past = all.stream().filter(p -> p.to().isBefore(today)).toList();
        if (past.size() == all.size()) {
            return Outcome.reply(Message.privateReply(Text.of("You have no away days to clear.")));
        }
        store.savePeriods(r.communityId(), r.memberId(), stored.with(past));
        return Outcome.reply(Message.privateReply(Text.of("▶️ Cleared "
                + Plural.of(all.size() - past.size(), "away period") + ": check-ins and reminders reach you again.")));
    }

    private LocalDate today(Requester r) {
        return clock.instant()
                .atZone(availability.zoneOf(r.communityId(), r.memberId()))
                .toLocalDate();
    }
}
