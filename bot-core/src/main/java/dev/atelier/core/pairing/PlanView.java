package dev.atelier.core.pairing;

import dev.atelier.core.matching.Proposal;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import java.util.ArrayList;
import java.util.List;

/** A pairing plan as a message: each pair with its reasons, everyone left out with why, and a confirm button. */
final class PlanView {

    static final int MAX_LINES = 30;

    private PlanView() {
    }

    static Message of(PairingPlan plan, String lead) {
        List<String> pairs = plan.pairs().stream().map(PlanView::line).toList();
        List<String> out = plan.leftOut().stream().map(l -> "• <@" + l.memberId() + "> (" + l.role() + "): "
                + l.reason()).toList();
        List<Field> fields = new ArrayList<>();
        fields.add(Field.wide("Pairs (" + pairs.size() + ")", pairs.isEmpty() ? "none" : capped(pairs)));
        fields.add(Field.wide("Left out (" + out.size() + ")", out.isEmpty() ? "nobody" : capped(out)));
        if (!plan.alreadyPaired().isEmpty()) {
            fields.add(Field.wide("Already in an internship of this cohort", String.join(", ",
                    plan.alreadyPaired().stream().map(id -> "<@" + id + ">").toList())));
        }
        Message message = Message.privateReply(lead).withTitle("🤝 Pairing " + plan.cohortName()).withFields(fields);
        if (plan.pairs().isEmpty()) {
            return message;
        }
        return message.withButtons(List.of(Button.of("Confirm pairs", ButtonStyle.SUCCESS,
                "pair confirm \"" + plan.cohortName() + "\"")));
    }

    static String line(Proposal.Pair p) {
        String task = p.taskNumber() == 0 ? "no open task" : "task #" + p.taskNumber() + " " + p.taskTitle();
        return "• <@" + p.internId() + "> with mentor <@" + p.mentorId() + ">, " + task + ": " + p.reasons();
    }

    private static String capped(List<String> lines) {
        if (lines.size() <= MAX_LINES) {
            return String.join("\n", lines);
        }
        return String.join("\n", lines.subList(0, MAX_LINES)) + "\n… and " + (lines.size() - MAX_LINES) + " more";
    }
}
