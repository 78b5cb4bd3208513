package dev.atelier.core.appeal;

import dev.atelier.core.community.Member;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Plural;
import java.util.List;
import java.util.Locale;

/** Turns what filing, deciding and reviewing an appeal decided into messages. */
final class AppealReplies {

    private AppealReplies() {}

    /** The moderators hear of a new appeal, with the decisions as buttons. */
    static Message filed(Appeal appeal, Internship i) {
        long n = appeal.number();
        return Message.publicReply(Text.builder()
                        .quiet(i.data().intern())
                        .plain(" appeals " + appeal.decision() + ".")
                        .build())
                .withTitle("⚖️ Appeal A" + n + " · internship #" + i.number())
                .withFields(List.of(
                        Field.of(
                                "Mentor",
                                Text.builder().quiet(i.data().mentor()).build()),
                        Field.wide("Reason", Text.user(appeal.reason()))))
                .withButtons(List.of(
                        Button.asking("Uphold", ButtonStyle.PRIMARY, "appeal decide " + n + " uphold", "note"),
                        Button.asking("Change", ButtonStyle.SECONDARY, "appeal decide " + n + " change", "note"),
                        Button.asking(
                                "Ask a second reviewer",
                                ButtonStyle.SECONDARY,
                                "appeal decide " + n + " second",
                                "note",
                                "reviewer")));
    }

    /** The intern's reply once the appeal is filed; {@code toldSomeone} false when no moderator is known. */
    static Message filedReply(Appeal appeal, boolean toldSomeone) {
        Text.Builder text = Text.builder().plain("⚖️ Appeal A" + appeal.number() + " on " + appeal.decision());
        if (toldSomeone) {
            text.plain(" went to the moderators (not your mentor). Each step shows on the internship's timeline.");
        } else {
            text.plain(" is recorded, but no moderator is known here: ask one to run ")
                    .command("appeal list")
                    .plain(".");
        }
        return Message.privateReply(text.build());
    }

    /** A second reviewer is asked, with their two answers as buttons. */
    static Message secondReviewAsked(Appeal a, Internship i, String note) {
        long n = a.number();
        return Message.publicReply(Text.of("The moderators ask you to look again at " + a.decision()
                        + " of internship #" + i.number() + " (" + i.data().taskTitle() + ")."))
                .withTitle("⚖️ Second review · appeal A" + n)
                .withFields(List.of(
                        Field.wide("The intern's reason", Text.user(a.reason())), Field.wide("Note", Text.user(note))))
                .withButtons(List.of(
                        Button.asking("Uphold", ButtonStyle.PRIMARY, "appeal review " + n + " uphold", "note"),
                        Button.asking("Change", ButtonStyle.SECONDARY, "appeal review " + n + " change", "note")));
    }

    /** The moderators get the second reviewer's view, with the decisions as buttons. */
    static Message secondReviewIn(Appeal a, Member reviewer, String view, String note) {
        long n = a.number();
        return Message.publicReply(Text.builder()
                        .quiet(reviewer)
                        .plain(" advises to " + view.toLowerCase(Locale.ROOT) + " " + a.decision() + ".")
                        .build())
                .withTitle("⚖️ Second review · appeal A" + n)
                .withFields(List.of(Field.wide("Note", Text.user(note))))
                .withButtons(List.of(
                        Button.asking("Uphold", ButtonStyle.PRIMARY, "appeal decide " + n + " uphold", "note"),
                        Button.asking("Change", ButtonStyle.SECONDARY, "appeal decide " + n + " change", "note")));
    }

    /** What both of the pair hear of a step. */
    static Message step(String title, Text text) {
        return Message.publicReply(text).withTitle(title);
    }

    /** Who must name a second reviewer. */
    static Text nameTheReviewer(long number) {
        return Text.builder()
                .plain("Name the second reviewer: ")
                .command(CommandHint.of("appeal decide")
                        .with("appeal", number)
                        .with("outcome", "second")
                        .placeholder("note")
                        .placeholder("reviewer"))
                .plain(".")
                .build();
    }

    /** The open appeals, one line each. */
    static Message open(List<Appeal> open) {
        if (open.isEmpty()) {
            return Message.privateReply(Text.of("No open appeals."));
        }
        Text.Builder text = Text.builder();
        for (Appeal a : open) {
            text.bullet()
                    .bold("A" + a.number())
                    .plain(" " + a.decision() + " · since " + a.at().toString().substring(0, 10));
            if (a.outcome() == AppealOutcome.SECOND) {
                text.plain(" · waiting for the second reviewer ").member(a.secondReviewer());
            }
            text.plain(" — ").user(a.reason());
        }
        return Message.privateReply(text.build()).withTitle("Open appeals (" + Plural.of(open.size(), "appeal") + ")");
    }
}
