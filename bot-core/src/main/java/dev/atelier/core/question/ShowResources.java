package dev.atelier.core.question;

import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code resources}: the answers mentors kept as resources or best practices in the requester's
 * cohorts (or one named cohort), optionally only those containing every given word.
 */
public final class ShowResources {

    private static final int SCANNED = 500;
    private static final int SHOWN = 15;

    private final InternshipStore internships;
    private final QuestionStore questions;

    public ShowResources(InternshipStore internships, QuestionStore questions) {
        this.internships = internships;
        this.questions = questions;
    }

    public Outcome execute(Requester requester, String words, String cohort) {
        List<String> cohorts = cohort != null
                ? List.of(cohort)
                : internships.findByMember(requester.communityId(), requester.memberId()).stream()
                        .map(i -> i.data().cohortName())
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
        if (cohorts.isEmpty()) {
            throw new Rejected("Resources belong to cohorts, and you are in no internship of a cohort here. "
                    + "Name one: `resources cohort:<name>`.");
        }
        List<String> wanted = words == null
                ? List.of()
                : Arrays.stream(words.toLowerCase(Locale.ROOT).split("\\s+"))
                        .filter(w -> !w.isBlank())
                        .toList();
        List<Question> found = questions.knowledge(requester.communityId(), cohorts, SCANNED).stream()
                .filter(q -> wanted.stream().allMatch(searchable(q)::contains))
                .toList();
        String where = String.join(", ", cohorts);
        if (found.isEmpty()) {
            return Outcome.reply(Message.privateReply("Nothing kept yet in " + where
                    + (wanted.isEmpty() ? "" : " for “" + words.strip() + "”") + ". Ask your mentor with `ask`."));
        }
        String lines = found.stream().limit(SHOWN).map(ShowResources::line).collect(Collectors.joining("\n"));
        String more = found.size() > SHOWN ? "\n…and " + (found.size() - SHOWN) + " more; add words to narrow." : "";
        return Outcome.reply(Message.privateReply(lines + more).withTitle("Resources of " + where));
    }

    static String searchable(Question q) {
        Knowledge k = q.knowledge();
        return (k.title() + " " + q.data().text() + " " + (k.answer() == null ? "" : k.answer()))
                .toLowerCase(Locale.ROOT);
    }

    static String line(Question q) {
        Knowledge k = q.knowledge();
        String answer = k.answer() == null ? "" : "\n   " + k.answer().replace('\n', ' ');
        return k.kind().icon() + " *" + k.title() + "* (" + q.label() + ": "
                + q.data().text().replace('\n', ' ') + ")" + answer;
    }
}
