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

    /** Room a line keeps for its names and mentions once rendered. */
    private static final int LINE_CHARS = FIELD_CHARS - 120;

    private PlanView() {}

    static Message of(PairingPlan plan, Text lead) {
        List<Text> pairs = plan.pairs().stream().map(PlanView::line).toList();
        List<Text> out = plan.leftOut().stream()
                .map(l -> Text.builder()
                        .member(l.memberId())
                        .plain(" (" + l.role() + "): ")
                        .user(clip(l.reason()))
                        .build())
                .toList();
        List<Field> fields = new ArrayList<>();
        if (!pairs.isEmpty()) { // without pairs, the lead says so
            add(fields, "Pairs (" + pairs.size() + ")", pairs, PAIRS_BUDGET);
        }
        if (!out.isEmpty()) {
            add(fields, "Left out (" + out.size() + ")", out, LEFT_OUT_BUDGET);
        }
        if (!plan.alreadyPaired().isEmpty()) {
            fields.add(Field.wide(
                    "Already in an internship of this cohort",
                    Text.builder().members(plan.alreadyPaired()).build()));
        }
        Message message = Message.privateReply(lead)
                .withTitle("🤝 Pairing " + plan.cohortName())
                .withFields(fields);
        if (plan.pairs().isEmpty()) {
            return message;
        }
        return message.withButtons(List.of(Button.of(
                "Confirm pairs",
                ButtonStyle.SUCCESS,
                "pair confirm \"" + plan.cohortName() + "\" preview:" + plan.fingerprint())));
    }

    static Text line(Proposal.Pair p) {
        Text.Builder line =
                Text.builder().member(p.internId()).plain(" with mentor ").member(p.mentorId());
        if (p.taskNumber() == 0) {
            line.plain(", no open task");
        } else {
            line.plain(", task #" + p.taskNumber() + " ").user(p.taskTitle());
        }
        return line.plain(": " + clip(p.reasons())).build();
    }

    private static String clip(String words) {
        return words == null || words.length() <= LINE_CHARS ? words : words.substring(0, LINE_CHARS - 1) + "…";
    }

    /**
     * Lines as list items in fields of at most {@value #FIELD_CHARS} characters, within {@code budget}
     * characters in all; lines that do not fit are counted in a last line, never cut silently.
     */
    static void add(List<Field> fields, String name, List<Text> lines, int budget) {
        Text.Builder chunk = Text.builder();
        int chunkChars = 0;
        int used = 0;
        int shown = 0;
        String title = name;
        for (Text line : lines) {
            int chars = line.plain().length() + 40;
            if (used + chars + 1 > budget - 40) {
                break;
            }
            if (chunkChars + chars + 1 > FIELD_CHARS - 40) {
                fields.add(Field.wide(title, chunk.build()));
                title = name + ", continued";
                chunk = Text.builder();
                chunkChars = 0;
            }
            chunk.item(line);
            chunkChars += chars + 1;
            used += chars + 1;
            shown++;
        }
        if (shown < lines.size()) {
            chunk.line().plain("… and " + (lines.size() - shown) + " more not shown here");
        }
        fields.add(Field.wide(title, chunk.build()));
    }
}
