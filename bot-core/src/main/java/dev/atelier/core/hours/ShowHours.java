package dev.atelier.core.hours;

import dev.atelier.core.internship.HoursEntry;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Views;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.pay.Hours;
import dev.atelier.core.shared.Requester;
import java.util.ArrayList;
import java.util.List;

/** {@code hours list [internship]}: one internship's entries with totals per person, or your totals everywhere. */
public final class ShowHours {

    private static final int SHOWN_ENTRIES = 30;

    private final InternshipStore store;
    private final InternshipAccess access;

    public ShowHours(InternshipStore store, InternshipAccess access) {
        this.store = store;
        this.access = access;
    }

    public Outcome execute(Requester requester, Long number) {
        if (number != null) {
            return Outcome.reply(one(access.internship(requester, number)));
        }
        List<Internship> mine = store.findByMember(requester.communityId(), requester.memberId());
        long total = 0;
        List<String> lines = new ArrayList<>();
        for (Internship i : mine) {
            int minutes = i.minutesOf(requester.memberId());
            total += minutes;
            lines.add("• #" + i.number() + " " + i.data().taskTitle() + ": " + Hours.format(minutes));
        }
        if (lines.isEmpty()) {
            return Outcome.reply(Message.privateReply("You have no internship yet, so no hours."));
        }
        return Outcome.reply(Message.privateReply(String.join("\n", lines)).withTitle("Your hours")
                .withFields(List.of(Field.of("Total", Hours.format(total)))));
    }

    private static Message one(Internship i) {
        List<HoursEntry> entries = i.hours();
        List<String> lines = new ArrayList<>();
        entries.stream().skip(Math.max(0, entries.size() - SHOWN_ENTRIES)).forEach(h -> lines.add("`" + h.number()
                + "` " + h.at().toString().substring(0, 10) + " <@" + h.memberId() + "> " + Hours.format(h.minutes())
                + (h.note() == null ? "" : " — " + h.note())));
        String body = lines.isEmpty() ? "No hours logged yet. Log with `log <hours> [note]`." : String.join("\n", lines);
        return Message.privateReply(body).withTitle("Hours · " + Views.title(i)).withFields(List.of(
                Field.of("Intern", i.data().intern().mention() + " " + Hours.format(i.minutesOf(i.data().intern().id()))),
                Field.of("Mentor", i.data().mentor().mention() + " " + Hours.format(i.minutesOf(i.data().mentor().id())))));
    }
}
