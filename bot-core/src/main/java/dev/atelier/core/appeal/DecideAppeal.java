package dev.atelier.core.appeal;

import dev.atelier.core.community.Member;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The moderators decide an appeal ({@code appeal decide}): uphold, change (a request for changes becomes an
 * approval; for an internship see {@link InternshipChange}), or ask a second
 * reviewer, who answers with {@code appeal review}. Both of the pair are told each step, which goes on the
 * timeline; {@code appeal list} shows the open ones.
 */
public final class DecideAppeal {

    private final InternshipStore internships;
    private final AppealStore appeals;
    private final Moderators moderators;
    private final InternshipChange change;
    private final Clock clock;

    DecideAppeal(
            InternshipStore internships,
            AppealStore appeals,
            Moderators moderators,
            InternshipChange change,
            Clock clock) {
        this.internships = internships;
        this.change = change;
        this.appeals = appeals;
        this.moderators = moderators;
        this.clock = clock;
    }

    public Outcome decide(Requester r, long number, String outcome, String typedNote, Member reviewer) {
        return decide(r, number, outcome, typedNote, reviewer, null);
    }

    /** {@code score}: the new final score when a final score is changed (null otherwise). */
    public Outcome decide(Requester r, long number, String outcome, String typedNote, Member reviewer, Long score) {
        Appeal a = find(r, number);
        if (!a.open()) {
            throw new Rejected("Appeal A" + number + " was decided already ("
                    + a.outcome().name().toLowerCase(Locale.ROOT) + ").");
        }
        String note = Texts.required(typedNote, "a note for both sides");
        AppealOutcome decided = AppealOutcome.valueOf(outcome.toUpperCase(Locale.ROOT));
        Internship i = internship(r, a);
        Instant now = clock.instant();
        List<Notification> notices = new ArrayList<>();
        String what;
        switch (decided) {
            case UPHOLD -> what = "upheld " + a.decision();
            case CHANGE -> {
                if (a.milestone() != null) {
                    i.onAppeal().approveMilestone(r, a.milestone(), note, now);
                    what = "changed " + a.decision() + ": the milestone is approved";
                } else {
                    InternshipChange.Changed changed = change.apply(r, a, i, note, score, now);
                    i = changed.internship();
                    what = changed.what();
                    notices.addAll(changed.notices());
                }
            }
            default -> {
                if (reviewer == null) {
                    throw new Rejected(
                            "Name the second reviewer: `appeal decide " + number + " second <note> @member`.");
                }
                if (reviewer.id().equals(i.data().mentor().id())
                        || reviewer.id().equals(i.data().intern().id())) {
                    throw new Rejected("The second reviewer is someone other than the intern and the mentor.");
                }
                what = "asked " + reviewer.name() + " for a second review of " + a.decision();
                notices.add(Notification.to(
                        Destination.direct(reviewer.id()),
                        new Message(
                                "⚖️ Second review — appeal A" + number,
                                "The moderators ask you to look again at " + a.decision() + " of internship #"
                                        + i.number() + " (" + i.data().taskTitle() + "). The intern's reason: "
                                        + Text.typed(a.reason())
                                        + "\nNote: " + note + "\nAnswer with `appeal review " + number
                                        + " uphold|change <your view>`.",
                                List.of(),
                                List.of(),
                                false)));
            }
        }
        appeals.save(a.decided(
                decided,
                note,
                r.memberId(),
                now,
                decided == AppealOutcome.SECOND ? reviewer.id() : a.secondReviewer()));
        i.recordStep(r.memberId(), "appeal A" + number + ": " + what + " — " + note, now);
        Internship saved = internships.save(i);
        notices.addAll(pair(saved, "⚖️ Appeal A" + number + ": " + what, note));
        return Outcome.reply(
                Message.privateReply("⚖️ Appeal A" + number + ": " + what + ". Both sides were told; the "
                        + "step is on the timeline."),
                notices);
    }

    /** The second reviewer's view: recorded on the timeline and sent to the moderators, who then decide. */
    public Outcome review(Requester r, long number, String view, String typedNote) {
        Appeal a = find(r, number);
        if (a.outcome() != AppealOutcome.SECOND || !r.memberId().equals(a.secondReviewer())) {
            throw new Rejected("Only the second reviewer the moderators asked can review appeal A" + number + ".");
        }
        String note = Texts.required(typedNote, "your view");
        Internship i = internship(r, a);
        String what = "second review of appeal A" + number + ": " + view.toLowerCase(Locale.ROOT) + " — " + note;
        i.recordStep(r.memberId(), what, clock.instant());
        Internship saved = internships.save(i);
        List<Notification> notices = new ArrayList<>(moderators.tell(
                r.community(),
                saved,
                new Message(
                        "⚖️ Second review" + " — appeal A" + number,
                        r.member().mention() + " advises to " + view.toLowerCase(Locale.ROOT) + " " + a.decision()
                                + ": " + note + "\nDecide with `appeal decide " + number + " uphold|change <note>`.",
                        List.of(),
                        List.of(),
                        false)));
        notices.addAll(pair(
                saved,
                "⚖️ Appeal A" + number + ": second review in",
                "The second reviewer advises to " + view.toLowerCase(Locale.ROOT) + "; the moderators decide next."));
        return Outcome.reply(
                Message.privateReply("Thank you: your view on appeal A" + number + " went to the moderators."),
                notices);
    }

    public Outcome list(Requester r) {
        List<String> lines = appeals.open(r.communityId()).stream()
                .map(a -> "• A" + a.number() + " " + a.decision()
                        + " · since " + a.at().toString().substring(0, 10)
                        + (a.outcome() == AppealOutcome.SECOND
                                ? " · waiting for the second reviewer <@" + a.secondReviewer() + ">"
                                : "")
                        + " — " + Text.typed(a.reason()))
                .toList();
        return Outcome.reply(
                lines.isEmpty()
                        ? Message.privateReply("No open appeals.")
                        : Message.privateReply(String.join("\n", lines))
                                .withTitle("Open appeals (" + lines.size() + ")"));
    }

    private Appeal find(Requester r, long number) {
        return appeals.find(r.communityId(), number)
                .orElseThrow(() -> new Rejected("There is no appeal A" + number + " here."));
    }

    private Internship internship(Requester r, Appeal a) {
        return internships
                .find(r.communityId(), a.internship())
                .orElseThrow(() -> new Rejected("Internship #" + a.internship() + " is gone."));
    }

    private static List<Notification> pair(Internship i, String title, String text) {
        return List.of(
                Notices.direct(i, i.data().intern(), new Message(title, text, List.of(), List.of(), false)),
                Notices.direct(i, i.data().mentor(), new Message(title, text, List.of(), List.of(), false)));
    }
}
