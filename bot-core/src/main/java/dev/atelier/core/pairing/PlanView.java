package dev.atelier.core.pairing;

import dev.atelier.core.matching.Proposal;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import java.util.ArrayList;
import java.util.List;

/** A pairing plan as a message: each pair with its reasons, everyone left out with why, and a confirm button. */
final class PlanView {

    /** Discord allows 1,024 characters per field and 6,000 per message; Slack 2,000 per field. */
    static final int FIELD_CHARS = 1000;

    static final int PAIRS_BUDGET = 3000;
    static final int LEFT_OUT_BUDGET = 2000;

    private PlanView() {}

    static Message of(PairingPlan plan, String lead) {
        List<String> pairs = plan.pairs().stream().map(PlanView::line).toList();
        List<String> out = plan.leftOut().stream()
                .map(l -> "• <@" + l.memberId() + "> (" + l.role() + "): " + Text.typed(l.reason()))
                .toList();
        List<Field> fields = new ArrayList<>();
        add(fields, "Pairs (" + pairs.size() + ")", pairs.isEmpty() ? List.of("none") : pairs, PAIRS_BUDGET);
        add(fields, "Left out (" + out.size() + ")", out.isEmpty() ? List.of("nobody") : out, LEFT_OUT_BUDGET);
        if (!plan.alreadyPaired().isEmpty()) {
            fields.add(Field.wide(
                    "Already in an internship of this cohort",
                    String.join(
                            ", ",
                            plan.alreadyPaired().stream()
                                    .map(id -> "<@" + id + ">")
                                    .toList())));
        }
        Message message = Message.privateReply(lead)
                .withTitle("🤝 Pairing " + plan.cohortName())
                .withFields(fields);
        if (plan.pairs().isEmpty()) {
            return message;
        }
        return message.withButtons(
                List.of(Button.of("Confirm pairs", ButtonStyle.SUCCESS, "pair confirm \"" + plan.cohortName() + "\"")));
    }

    static String line(Proposal.Pair p) {
        String task = p.taskNumber() == 0 ? "no open task" : "task #" + p.taskNumber() + " " + p.taskTitle();
        return "• <@" + p.internId() + "> with mentor <@" + p.mentorId() + ">, " + task + ": " + p.reasons();
    }

    /**
     * Lines as fields of at most {@value #FIELD_CHARS} characters, within {@code budget} characters
     * in all; lines that do not fit are counted in a last line, never cut silently.
     */
    static void add(List<Field> fields, String name, List<String> lines, int budget) {
        StringBuilder chunk = new StringBuilder();
        int used = 0;
        int shown = 0;
        String title = name;
        for (String raw : lines) {
            String line = raw.length() > FIELD_CHARS - 40 ? raw.substring(0, FIELD_CHARS - 41) + "…" : raw;
            if (used + line.length() + 1 > budget - 40) {
                break;
            }
            if (chunk.length() + line.length() + 1 > FIELD_CHARS - 40) {
                fields.add(Field.wide(title, chunk.toString()));
                title = name + ", continued";
                chunk.setLength(0);
            }
            chunk.append(chunk.length() == 0 ? "" : "\n").append(line);
            used += line.length() + 1;
            shown++;
        }
        if (shown < lines.size()) {
            chunk.append("\n… and ").append(lines.size() - shown).append(" more not shown here");
        }
        fields.add(Field.wide(title, chunk.toString()));
    }
}
