package dev.atelier.core.hours;

import dev.atelier.core.community.Member;
import dev.atelier.core.internship.HoursEntry;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Views;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.pay.Hours;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code hours list [internship] [member]}: one internship's entries with totals per person, or a
 * person's totals in every internship (their own; moderators may ask for anyone's).
 */
public final class ShowHours {

    private static final int SHOWN_ENTRIES = 30;

    private final InternshipStore store;
    private final InternshipAccess access;

    public ShowHours(InternshipStore store, InternshipAccess access) {
        this.store = store;
        this.access = access;
    }

    /** With a number, that internship; otherwise the totals of {@code member} (moderators) or of the requester. */
    public Outcome execute(Requester requester, Long number, Member member) {
        if (number != null) {
            return Outcome.reply(one(access.internship(requester, number)));
        }
        Member who = member == null ? requester.member() : member;
        if (!who.id().equals(requester.memberId()) && !requester.moderator()) {
            throw new Rejected("Only moderators see another member's hours; `hours list` shows yours.");
        }
        List<Internship> mine = store.findByMember(requester.communityId(), who.id());
        long total = 0;
        List<String> lines = new ArrayList<>();
        for (Internship i : mine) {
            int minutes = i.minutesOf(who.id());
            total += minutes;
            lines.add("• #" + i.number() + " " + i.data().taskTitle() + ": " + Hours.format(minutes));
        }
        if (lines.isEmpty()) {
            return Outcome.reply(Message.privateReply(who.mention() + " has no internship yet, so no hours."));
        }
        return Outcome.reply(Message.privateReply(String.join("\n", lines))
                .withTitle("Hours · " + who.name())
                .withFields(List.of(Field.of("Total", Hours.format(total)))));
    }

    private static Message one(Internship i) {
        List<HoursEntry> entries = i.hours();
        List<String> lines = new ArrayList<>();
        entries.stream()
                .skip(Math.max(0, entries.size() - SHOWN_ENTRIES))
                .forEach(h -> lines.add("`" + h.number()
                        + "` " + h.at().toString().substring(0, 10) + " <@" + h.memberId() + "> "
                        + Hours.format(h.minutes())
                        + (h.note() == null ? "" : " — " + h.note())));
        String body =
                lines.isEmpty() ? "No hours logged yet. Log with `log <hours> [note]`." : String.join("\n", lines);
        return Message.privateReply(body)
                .withTitle("Hours · " + Views.title(i))
                .withFields(List.of(
                        Field.of(
                                "Intern",
                                i.data().intern().mention() + " "
                                        + Hours.format(
                                                i.minutesOf(i.data().intern().id()))),
                        Field.of(
                                "Mentor",
                                i.data().mentor().mention() + " "
                                        + Hours.format(
                                                i.minutesOf(i.data().mentor().id())))));
    }
}
