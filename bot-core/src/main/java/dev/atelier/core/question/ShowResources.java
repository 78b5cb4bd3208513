package dev.atelier.core.question;

import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
            throw new Rejected(Text.builder()
                    .plain("Resources belong to cohorts, and you are in no internship of a cohort here. "
                            + "Name one: ")
                    .command(CommandHint.of("resources").named("cohort", "<name>"))
                    .plain(".")
                    .build());
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
            Text.Builder none = Text.builder().plain("Nothing kept yet in ").user(where);
            if (!wanted.isEmpty()) {
                none.plain(" for “").user(words.strip()).plain("”");
            }
            return Outcome.reply(Message.privateReply(none.plain(". Ask your mentor with ")
                    .command("ask")
                    .plain(".")
                    .build()));
        }
        Text.Builder lines = Text.builder();
        found.stream().limit(SHOWN).map(ShowResources::line).forEach(lines::item);
        if (found.size() > SHOWN) {
            lines.line().plain("…and " + (found.size() - SHOWN) + " more; add words to narrow.");
        }
        return Outcome.reply(Message.privateReply(lines.build()).withTitle("Resources of " + where));
    }

    static String searchable(Question q) {
        Knowledge k = q.knowledge();
        return (k.title() + " " + q.data().text() + " " + (k.answer() == null ? "" : k.answer()))
                .toLowerCase(Locale.ROOT);
    }

    static Text line(Question q) {
        Knowledge k = q.knowledge();
        Text.Builder line = Text.builder()
                .plain(k.kind().icon() + " ")
                .bold(k.title())
                .plain(" (" + q.label() + ": ")
                .user(q.data().text().replace('\n', ' '))
                .plain(")");
        if (k.answer() != null) {
            line.plain(" — ").user(k.answer().replace('\n', ' '));
        }
        return line.build();
    }
}
