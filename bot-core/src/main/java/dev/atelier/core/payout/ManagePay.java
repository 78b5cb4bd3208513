package dev.atelier.core.payout;

import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.cohort.NoSuchCohort;
import dev.atelier.core.community.Member;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.pay.PayStatement;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import dev.atelier.core.shared.TypedText;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The moderators' {@code pay} commands: approve a completed internship's pay, mark it paid (each with a DM
 * to the intern and the mentor showing their share and the new state), list what is unpaid and for how
 * long, and turn the milestone-based split on or off for a cohort.
 */
public final class ManagePay {

    static final int REFERENCE_LENGTH = 100;
    private static final int SCAN = 2000;

    private final InternshipStore internships;
    private final PayoutStore payouts;
    private final CohortStore cohorts;
    private final Clock clock;

    public ManagePay(InternshipStore internships, PayoutStore payouts, CohortStore cohorts, Clock clock) {
        this.internships = internships;
        this.payouts = payouts;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    public Outcome approve(Requester r, long number) {
        Internship i = payable(r, number);
        Payout p = payouts.find(r.communityId(), number).orElse(Payout.pending(r.communityId(), number));
        if (p.state() != PayState.PENDING) {
            throw new Rejected(
                    "The pay of internship #" + number + " is already " + PayView.state(i, p, clock.instant()) + ".");
        }
        Payout approved = p.approved(r.memberId(), clock.instant());
        payouts.save(approved);
        return told(i, approved, "✅ Pay approved");
    }

    public Outcome markPaid(Requester r, long number, String reference) {
        Internship i = payable(r, number);
        Payout p = payouts.find(r.communityId(), number).orElse(Payout.pending(r.communityId(), number));
        switch (p.state()) {
            case PENDING ->
                throw new Rejected(Text.builder()
                        .plain("The pay of internship #" + number + " is not approved yet: ")
                        .command(CommandHint.of("pay approve").with("internship", number))
                        .plain(" first.")
                        .build());
            case PAID ->
                throw new Rejected("The pay of internship #" + number + " is already "
                        + PayView.state(i, p, clock.instant()) + ".");
            default -> {}
        }
        Payout paid = p.paid(r.memberId(), clock.instant(), TypedText.oneLine(reference, REFERENCE_LENGTH));
        payouts.save(paid);
        return told(i, paid, "💸 Paid");
    }

    public Outcome unpaid(Requester r) {
        Instant now = clock.instant();
        List<Internship> owed = new ArrayList<>();
        for (Internship i : internships.list(r.communityId(), InternshipStatus.COMPLETED, SCAN)) {
            if (i.completion().statement() != null
                    && payouts.find(r.communityId(), i.number())
                            .map(p -> p.state() != PayState.PAID)
                            .orElse(true)) {
                owed.add(i);
            }
        }
        if (owed.isEmpty()) {
            return Outcome.reply(Message.privateReply(Text.of("✅ Everything completed here is paid.")));
        }
        owed.sort(Comparator.comparing(PayView::fixedAt));
        List<Text> lines = owed.stream()
                .map(i -> {
                    Payout p = payouts.find(r.communityId(), i.number())
                            .orElse(Payout.pending(r.communityId(), i.number()));
                    return Text.builder()
                            .plain("#" + i.number() + " ")
                            .user(i.data().taskTitle())
                            .plain(" · " + i.completion().statement().budget() + " · unpaid for "
                                    + PayView.days(PayView.fixedAt(i), now) + " · " + PayView.state(i, p, now) + " · ")
                            .command(CommandHint.of(p.state() == PayState.PENDING ? "pay approve" : "pay mark-paid")
                                    .with("internship", i.number()))
                            .build();
                })
                .toList();
        return Outcome.reply(
                Message.privateReply(Text.list(lines)).withTitle("Unpaid (" + owed.size() + "), oldest first"));
    }

    public Outcome milestoneSplit(Requester r, String cohort, boolean on) {
        String name = cohorts.find(r.communityId(), cohort)
                .orElseThrow(() -> new NoSuchCohort(cohort))
                .name();
        payouts.setMilestoneSplit(r.communityId(), name, on);
        Text text = on
                ? Text.builder()
                        .plain("🧩 In ")
                        .bold(name)
                        .plain(" each approved milestone now releases its share of the budget (by its estimate, "
                                + "or equal shares); the pair sees it accrue in ")
                        .command("status")
                        .plain(". The shares are paid once the internship is complete.")
                        .build()
                : Text.builder()
                        .plain("🧩 ")
                        .bold(name)
                        .plain(" pays the whole budget at completion again.")
                        .build();
        return Outcome.reply(Message.privateReply(text));
    }

    private Internship payable(Requester r, long number) {
        Internship i = internships
                .find(r.communityId(), number)
                .orElseThrow(() -> new Rejected("There is no " + "internship #" + number + " here."));
        if (i.status() != InternshipStatus.COMPLETED) {
            throw new Rejected("Internship #" + number + " is "
                    + i.status().name().toLowerCase(Locale.ROOT) + "; its pay is " + "fixed when it completes.");
        }
        if (i.completion().statement() == null) {
            throw new Rejected("Internship #" + number + " has no pay: its task has no budget.");
        }
        return i;
    }

    private Outcome told(Internship i, Payout p, String what) {
        PayStatement s = i.completion().statement();
        String state = PayView.state(i, p, clock.instant());
        List<Notification> dms = new ArrayList<>();
        for (Member m : List.of(i.data().intern(), i.data().mentor())) {
            s.shares().stream()
                    .filter(sh -> sh.memberId().equals(m.id()))
                    .findFirst()
                    .ifPresent(share -> dms.add(Notices.direct(
                            i,
                            m,
                            Message.publicReply(Text.builder()
                                            .plain("Your share of ")
                                            .bold(i.data().taskTitle())
                                            .plain(": " + s.amount(share) + " (" + s.rule() + "). State: " + state
                                                    + ".")
                                            .build())
                                    .withTitle(what + " · internship #" + i.number()))));
        }
        return Outcome.reply(
                Message.privateReply(Text.builder()
                        .plain(what + ": internship #" + i.number() + " — " + state + ". Both were told by DM.")
                        .text(Text.list(s.shares().stream()
                                .map(sh -> PayView.share(s, sh))
                                .toList()))
                        .build()),
                dms);
    }
}
