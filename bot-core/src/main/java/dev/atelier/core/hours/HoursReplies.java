package dev.atelier.core.hours;

import dev.atelier.core.community.Member;
import dev.atelier.core.internship.HoursEntry;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.Views;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import dev.atelier.core.pay.Hours;
import java.util.List;

/** Turns logged, corrected and listed hours into messages. */
final class HoursReplies {

    /** The most recent entries one internship's list shows. */
    static final int SHOWN_ENTRIES = 30;

    private HoursReplies() {}

    /** Hours logged: how much, where, the new total; fixing or removing the entry are buttons. */
    static Message logged(Internship i, HoursEntry entry, String memberId) {
        return Message.privateReply(
                        Text.of("⏱️ Logged " + Hours.format(entry.minutes()) + " on internship #" + i.number() + "."))
                .withFields(List.of(
                        Field.of("Entry", Text.of(String.valueOf(entry.number()))),
                        Field.of("Your total there", Text.of(Hours.format(i.minutesOf(memberId))))))
                .withButtons(List.of(
                        Button.asking("Fix", ButtonStyle.SECONDARY, "hours fix " + entry.number(), "hours", "note"),
                        Button.of("Remove", ButtonStyle.DANGER, "hours remove " + entry.number())));
    }

    static Message fixed(long entry, HoursEntry fixed) {
        return Message.privateReply(Text.of("✏️ Entry " + entry + " now holds " + Hours.format(fixed.minutes()) + "."));
    }

    static Message removed(long entry, HoursEntry removed) {
        return Message.privateReply(
                Text.of("🗑️ Entry " + entry + " (" + Hours.format(removed.minutes()) + ") is removed."));
    }

    /** A member's hours per internship, with the total. */
    static Message totals(Member who, List<Internship> theirs) {
        if (theirs.isEmpty()) {
            return Message.privateReply(Text.builder()
                    .quiet(who)
                    .plain(" has no internship yet, so no hours.")
                    .build());
        }
        long total = 0;
        Text.Builder lines = Text.builder();
        for (Internship i : theirs) {
            int minutes = i.minutesOf(who.id());
            total += minutes;
            lines.bullet()
                    .plain("#" + i.number() + " ")
                    .user(i.data().taskTitle())
                    .plain(": " + Hours.format(minutes));
        }
        return Message.privateReply(lines.build())
                .withTitle("Hours · " + who.name())
                .withFields(List.of(Field.of("Total", Text.of(Hours.format(total)))));
    }

    /** One internship's latest entries and each side's total. */
    static Message of(Internship i) {
        List<HoursEntry> entries = i.hours();
        Text.Builder lines = Text.builder();
        entries.stream().skip(Math.max(0, entries.size() - SHOWN_ENTRIES)).forEach(h -> {
            lines.bullet()
                    .code(String.valueOf(h.number()))
                    .plain(" " + h.at().toString().substring(0, 10) + " ")
                    .quiet(h.memberId(), name(i, h.memberId()))
                    .plain(" " + Hours.format(h.minutes()));
            if (h.note() != null) {
                lines.plain(" — ").user(h.note());
            }
        });
        Text body = entries.isEmpty()
                ? Text.builder()
                        .plain("No hours logged yet. Log with ")
                        .command(CommandHint.of("log").placeholder("hours").placeholder("note"))
                        .plain(".")
                        .build()
                : lines.build();
        return Message.privateReply(body)
                .withTitle("Hours · " + Views.title(i))
                .withFields(List.of(
                        total(i, "Intern", i.data().intern()),
                        total(i, "Mentor", i.data().mentor())));
    }

    private static Field total(Internship i, String name, Member who) {
        return Field.of(
                name,
                Text.builder()
                        .quiet(who)
                        .plain(" " + Hours.format(i.minutesOf(who.id())))
                        .build());
    }

    private static String name(Internship i, String memberId) {
        if (memberId.equals(i.data().intern().id())) {
            return i.data().intern().name();
        }
        return memberId.equals(i.data().mentor().id()) ? i.data().mentor().name() : memberId;
    }

    /** Where to find one's own entries. */
    static Text seeYours() {
        return Text.builder().command("hours list").plain(" shows yours.").build();
    }
}
