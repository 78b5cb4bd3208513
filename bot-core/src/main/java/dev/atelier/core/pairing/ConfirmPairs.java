package dev.atelier.core.pairing;

import dev.atelier.core.community.Member;
import dev.atelier.core.enrolment.CohortRosters;
import dev.atelier.core.internship.StartInternship;
import dev.atelier.core.matching.Proposal;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.ConcurrentChange;
import dev.atelier.core.shared.Plural;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.util.ArrayList;
import java.util.List;

/**
 * A moderator confirms the previewed plan: every pair with a task becomes an internship (private
 * workspace, welcome, DMs) through {@link StartInternship}. Pairs without a task, or that cannot
 * start, stay in the plan and are listed with why.
 */
public final class ConfirmPairs {

    private final CohortRosters rosters;
    private final PlanStore plans;
    private final StartInternship start;

    public ConfirmPairs(CohortRosters rosters, PlanStore plans, StartInternship start) {
        this.rosters = rosters;
        this.plans = plans;
        this.start = start;
    }

    /** Puts pairs that could not start back into the plan, so a moderator can fix and confirm them. */
    private void keep(String communityId, String cohort, List<Proposal.Pair> failed) {
        PairingPlan now = plans.find(communityId, cohort).orElseThrow();
        if (failed.isEmpty() && now.pairs().isEmpty()) {
            plans.delete(communityId, cohort);
        } else if (!failed.isEmpty()) {
            List<Proposal.Pair> pairs = new ArrayList<>(now.pairs());
            pairs.addAll(failed);
            try {
                plans.save(now.withPairs(pairs, now.leftOut()));
            } catch (ConcurrentChange e) {
                // the failed pairs are listed in the reply; a new preview proposes them again
            }
        }
    }

    /**
     * Starts the planned pairs of {@code cohortName}; with {@code preview} (a preview's fingerprint, which its
     * Confirm button carries) only while the plan still holds that preview's pairs.
     */
    public Outcome execute(Requester r, String cohortName, String preview) {
        String cohort = rosters.cohort(r.communityId(), cohortName).name();
        PairingPlan plan = plans.find(r.communityId(), cohort)
                .filter(p -> !p.pairs().isEmpty())
                .orElseThrow(() -> new Rejected(
                        preview == null
                                ? PairingReplies.previewFirst("confirm", cohort)
                                : PairingReplies.alreadyConfirmed(cohort)));
        if (preview != null && !preview.equalsIgnoreCase(plan.fingerprint())) {
            throw new Rejected(PairingReplies.previewChanged(cohort));
        }
        List<Text> started = new ArrayList<>();
        List<Text> notStarted = new ArrayList<>();
        List<Proposal.Pair> waiting =
                plan.pairs().stream().filter(p -> p.taskNumber() == 0).toList();
        waiting.forEach(p -> notStarted.add(Text.builder()
                .text(PairingReplies.pair(p.internId(), p.internName(), p.mentorId(), p.mentorName()))
                .plain(": no open task; add one with ")
                .command(CommandHint.of("cohort task").with("cohort", cohort).placeholder("task"))
                .plain(" and preview again, or ")
                .command("pair set")
                .plain(" one")
                .build()));
        // claim the pairs first: if someone changed the plan meanwhile this fails before anything started
        plans.save(plan.withPairs(waiting, plan.leftOut()));
        List<Proposal.Pair> failed = new ArrayList<>();
        List<Notification> notifications = new ArrayList<>();
        for (Proposal.Pair p :
                plan.pairs().stream().filter(p -> p.taskNumber() != 0).toList()) {
            try {
                Outcome outcome = start.execute(new StartInternship.Command(
                        r,
                        new Member(p.internId(), p.internName()),
                        new Member(p.mentorId(), p.mentorName()),
                        p.taskNumber(),
                        cohort));
                notifications.addAll(outcome.notifications());
                started.add(PairingReplies.withoutLead(outcome.reply().body()));
            } catch (Rejected | ConcurrentChange e) {
                Text why = e instanceof Rejected rejected
                        ? rejected.text()
                        : Text.of("changed at the same moment; confirm again");
                notStarted.add(Text.builder()
                        .text(PairingReplies.pair(p.internId(), p.internName(), p.mentorId(), p.mentorName()))
                        .plain(": ")
                        .text(why)
                        .build());
                failed.add(p);
            }
        }
        keep(r.communityId(), cohort, failed);
        if (plan.asked().isEmpty()) { // when the round was asked, `pair ask` told them already
            notifications.addAll(LeftOutNotices.of(cohort, plan.leftOut()));
        }
        List<Field> fields = new ArrayList<>();
        if (!started.isEmpty()) {
            PlanView.add(fields, "Started (" + started.size() + ")", started, PlanView.PAIRS_BUDGET);
        }
        if (!notStarted.isEmpty()) {
            PlanView.add(fields, "Not started (" + notStarted.size() + ")", notStarted, PlanView.LEFT_OUT_BUDGET);
        }
        return Outcome.reply(
                Message.privateReply(
                                Text.of((started.isEmpty() ? "No internship" : Plural.of(started.size(), "internship"))
                                        + " started in " + cohort + "."))
                        .withTitle("🤝 Pairs confirmed")
                        .withFields(fields),
                notifications);
    }
}
