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
        Appeal a = open(r, number);
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
                    throw new Rejected(AppealReplies.nameTheReviewer(number));
                }
                if (reviewer.id().equals(i.data().mentor().id())
                        || reviewer.id().equals(i.data().intern().id())) {
                    throw new Rejected("The second reviewer is someone other than the intern and the mentor.");
                }
                what = "asked " + reviewer.name() + " for a second review of " + a.decision();
                notices.add(Notification.to(
                        Destination.direct(reviewer.id()), AppealReplies.secondReviewAsked(a, i, note)));
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
        notices.addAll(pair(saved, "⚖️ Appeal A" + number + ": " + what, Text.user(note)));
        return Outcome.reply(
                Message.privateReply(Text.of("⚖️ Appeal A" + number + ": " + what + ". Both sides were told.")),
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
        List<Notification> notices = new ArrayList<>(
                moderators.tell(r.community(), saved, AppealReplies.secondReviewIn(a, r.member(), view, note)));
        notices.addAll(pair(
                saved,
                "⚖️ Appeal A" + number + ": second review in",
                Text.of("The second reviewer advises to " + view.toLowerCase(Locale.ROOT)
                        + "; the moderators decide next.")));
        return Outcome.reply(
                Message.privateReply(Text.of("Thank you: your view on appeal A" + number + " went to the moderators.")),
                notices);
    }

    public Outcome list(Requester r) {
        return Outcome.reply(AppealReplies.open(appeals.open(r.communityId())));
    }

    /** Before a decision's form opens: the appeal must still wait for a decision. */
    public void checkDecidable(Requester r, long number) {
        open(r, number);
    }

    private Appeal open(Requester r, long number) {
        Appeal a = find(r, number);
        if (!a.open()) {
            throw new Rejected("Appeal A" + number + " was decided already ("
                    + a.outcome().name().toLowerCase(Locale.ROOT) + ").");
        }
        return a;
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

    private static List<Notification> pair(Internship i, String title, Text text) {
        Message step = AppealReplies.step(title, text);
        return List.of(
                Notices.direct(i, i.data().intern(), step),
                Notices.direct(i, i.data().mentor(), step));
    }
}
