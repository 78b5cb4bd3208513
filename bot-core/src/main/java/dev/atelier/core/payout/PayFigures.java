package dev.atelier.core.payout;

import dev.atelier.core.community.Member;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipFigures;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.pay.PayStatement;
import dev.atelier.core.task.Budget;
import dev.atelier.core.task.Task;
import dev.atelier.core.task.TaskStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the pair sees their pay: a line in {@code status} (its state once completed; what the approved
 * milestones released so far under a milestone-based split), a field on {@code internship statement}, and
 * a DM to each at completion with their share and its state.
 */
public final class PayFigures implements InternshipFigures {

    private final PayoutStore payouts;
    private final InternshipStore internships;
    private final TaskStore tasks;
    private final Function<Internship, Map<Long, Long>> estimates;
    private final Clock clock;

    /** {@code estimates}: each milestone's estimated minutes, the weights of a milestone-based split. */
    public PayFigures(
            PayoutStore payouts,
            InternshipStore internships,
            TaskStore tasks,
            Function<Internship, Map<Long, Long>> estimates,
            Clock clock) {
        this.payouts = payouts;
        this.internships = internships;
        this.tasks = tasks;
        this.estimates = estimates;
        this.clock = clock;
    }

    @Override
    public List<Text> linesFor(String communityId, Internship i) {
        if (i.status() == InternshipStatus.COMPLETED && i.completion().statement() != null) {
            return List.of(Text.of("💰 Pay " + i.completion().statement().budget() + ": " + state(i)));
        }
        if (i.status() == InternshipStatus.ACTIVE
                && i.data().cohortName() != null
                && payouts.milestoneSplit(communityId, i.data().cohortName())) {
            Budget budget = tasks.find(communityId, i.data().taskNumber())
                    .map(Task::budget)
                    .orElse(null);
            if (budget != null && !i.milestones().isEmpty()) {
                return List.of(
                        Text.of("💰 Released so far by approved milestones: " + released(i, budget) + " of " + budget));
            }
        }
        return List.of();
    }

    /** The budget share of the approved milestones, weighted by estimate (equal shares without estimates). */
    Budget released(Internship i, Budget budget) {
        Map<Long, Long> weights = estimates.apply(i);
        long total = 0;
        long approved = 0;
        for (var m : i.milestones()) {
            long w = weights.isEmpty() ? 1 : weights.getOrDefault(m.number(), 0L);
            total += w;
            approved += m.status() == MilestoneStatus.APPROVED ? w : 0;
        }
        return new Budget(total == 0 ? 0 : budget.minorUnits() * approved / total, budget.currency());
    }

    String state(Internship i) {
        return PayView.state(
                i,
                payouts.find(i.data().communityId(), i.number())
                        .orElse(Payout.pending(i.data().communityId(), i.number())),
                clock.instant());
    }

    /** {@code internship statement}: adds the pay's state. */
    public Outcome withState(Outcome shown, String communityId, long number) {
        Optional<Internship> found = internships.find(communityId, number);
        if (shown.reply() == null || found.isEmpty() || found.get().completion().statement() == null) {
            return shown;
        }
        List<Field> fields = new ArrayList<>(shown.reply().fields());
        fields.add(Field.wide("Pay state", Text.of(state(found.get()))));
        return new Outcome(shown.reply().withFields(fields), shown.modal(), shown.notifications());
    }

    /** After completion: a DM to the intern and the mentor with their share and its state (pending). */
    public Outcome afterCompletion(Outcome done, String communityId, long number) {
        Optional<Internship> found = internships.find(communityId, number);
        if (found.isEmpty()
                || found.get().status() != InternshipStatus.COMPLETED
                || found.get().completion().statement() == null) {
            return done;
        }
        Internship i = found.get();
        PayStatement s = i.completion().statement();
        List<Notification> notices = new ArrayList<>(done.notifications());
        for (Member m : List.of(i.data().intern(), i.data().mentor())) {
            s.shares().stream()
                    .filter(sh -> sh.memberId().equals(m.id()))
                    .findFirst()
                    .ifPresent(share -> notices.add(Notices.direct(
                            i,
                            m,
                            Message.publicReply(Text.builder()
                                            .plain("Your share of ")
                                            .bold(i.data().taskTitle())
                                            .plain(" is fixed: " + s.amount(share) + " (" + s.rule()
                                                    + "). You get a message when it is approved and when it is paid.")
                                            .build())
                                    .withTitle("💰 Your share · internship #" + i.number())
                                    .withFields(List.of(Field.of("State", Text.of(state(i))))))));
        }
        return new Outcome(done.reply(), done.modal(), notices);
    }
}
