package dev.atelier.core.away;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Plural;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import dev.atelier.core.shared.TypedText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code community holiday <date> [name]} (moderators): a day off for everyone, in each member's time zone.
 * Declaring the same date again renames it. The pairs with a due date on that day are told.
 */
public final class DeclareHoliday {

    static final int NAME_LENGTH = 80;
    private static final int PAIRS_TOLD = 1000;

    private final AwayStore store;
    private final InternshipStore internships;
    private final Clock clock;

    public DeclareHoliday(AwayStore store, InternshipStore internships, Clock clock) {
        this.store = store;
        this.internships = internships;
        this.clock = clock;
    }

    public Outcome execute(Requester r, LocalDate date, String name) {
        // a day already over everywhere on Earth (UTC-12) cannot be taken off any more
        if (date.isBefore(clock.instant().atOffset(ZoneOffset.ofHours(-12)).toLocalDate())) {
            throw new Rejected(date + " is in the past; holidays are for today or later.");
        }
        Holiday holiday = new Holiday(date, TypedText.oneLine(name, NAME_LENGTH));
        Holidays stored = store.holidays(r.communityId());
        List<Holiday> holidays = new ArrayList<>(
                stored.days().stream().filter(h -> !h.date().equals(date)).toList());
        holidays.add(holiday);
        holidays.sort(Comparator.comparing(Holiday::date));
        store.saveHolidays(r.communityId(), stored.with(holidays));
        List<Notification> notices = new ArrayList<>();
        for (Internship i : internships.list(r.communityId(), InternshipStatus.ACTIVE, PAIRS_TOLD)) {
            notices.addAll(DuesInside.of(i, date::equals)
                    .notices(
                            i,
                            Text.builder()
                                    .user(holiday.label())
                                    .plain(" is a community holiday.")
                                    .build()));
        }
        return Outcome.reply(
                Message.privateReply(Text.builder()
                                .plain("🎉 ")
                                .user(holiday.label())
                                .plain(" is a community holiday: no check-in prompts, reminders or idle days for "
                                        + "anyone that day (in each one's time zone).")
                                .plain(
                                        notices.isEmpty()
                                                ? ""
                                                : " Pairs with a due date that day were told ("
                                                        + Plural.of(notices.size(), "notice") + ").")
                                .build())
                        .withTitle("Community holiday"),
                notices);
    }
}
