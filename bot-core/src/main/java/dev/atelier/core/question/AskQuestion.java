package dev.atelier.core.question;

import dev.atelier.core.community.Member;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An intern asks their mentor: the question is stored as open, then posted in the internship's
 * workspace, pinging the mentor, with a thread of its own; the mentor is told once, by that post. When
 * the platform refuses the thread (no workspace, missing permission), the mentor gets the question by
 * DM instead and the intern is told. The reply points the intern to answers already kept in the cohort that
 * look related.
 */
public final class AskQuestion {

    private static final int RELATED_SCANNED = 200;

    private final InternshipStore internships;
    private final QuestionStore questions;
    private final QuestionPosts posts;
    private final Clock clock;

    public AskQuestion(InternshipStore internships, QuestionStore questions, QuestionPosts posts, Clock clock) {
        this.internships = internships;
        this.questions = questions;
        this.posts = posts;
        this.clock = clock;
    }

    /** {@code peers} false keeps the question from peer help; null lets peers help. */
    public record Command(Requester requester, String text, Long internship, Boolean peers) {

        public Command(Requester requester, String text, Long internship) {
            this(requester, text, internship, null);
        }
    }

    public Outcome execute(Command c) {
        Internship internship = activeInternshipOf(c.requester(), c.internship());
        Question.requireText(c.text());
        String communityId = c.requester().communityId();
        Question question = Question.ask(
                communityId,
                questions.nextNumber(communityId),
                internship.number(),
                internship.data().cohortName(),
                c.requester().member(),
                internship.data().mentor(),
                c.text(),
                clock.instant(),
                !Boolean.FALSE.equals(c.peers()));
        question = questions.save(question);
        Optional<ThreadRef> thread = posts.open(c.requester().community(), internship.workspaceChannelId(), question);
        Member mentor = internship.data().mentor();
        Message reply = QuestionMessages.asked(question, thread.orElse(null), mentor, related(question));
        if (thread.isPresent()) { // the card in the workspace pinged the mentor: no DM repeats it
            return Outcome.reply(reply);
        }
        return Outcome.reply(reply, List.of(Notices.direct(internship, mentor, QuestionMessages.card(question))));
    }

    /** Answers kept in the cohort that share at least two longer words with the question, best first. */
    private List<Question> related(Question asked) {
        if (asked.data().cohortName() == null) {
            return List.of();
        }
        List<String> words = Arrays.stream(
                        asked.data().text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4)
                .distinct()
                .toList();
        return questions
                .knowledge(asked.data().communityId(), List.of(asked.data().cohortName()), RELATED_SCANNED)
                .stream()
                .filter(q -> shared(words, q) >= 2)
                .sorted(Comparator.comparingLong((Question q) -> shared(words, q))
                        .reversed())
                .limit(3)
                .toList();
    }

    private static long shared(List<String> words, Question kept) {
        String text = ShowResources.searchable(kept);
        return words.stream().filter(text::contains).count();
    }

    /** Refuses, before a form is typed into, a requester who could not ask (no or several active internships). */
    public void precheck(Requester requester, Long internship) {
        activeInternshipOf(requester, internship);
    }

    private Internship activeInternshipOf(Requester r, Long number) {
        List<Internship> mine = internships.findByMember(r.communityId(), r.memberId()).stream()
                .filter(i -> i.isIntern(r) && i.status() == InternshipStatus.ACTIVE)
                .filter(i -> number == null || i.number() == number)
                .toList();
        if (mine.isEmpty()) {
            throw new Rejected(
                    number == null
                            ? "You can ask once you are the intern of an active internship in this community."
                            : "Internship #" + number + " is not an active internship of yours here.");
        }
        if (mine.size() > 1) {
            throw new Rejected(Text.builder()
                    .plain("You are the intern of several internships; say which, for example ")
                    .command(CommandHint.of("ask")
                            .named("internship", mine.get(0).number())
                            .placeholder("question"))
                    .plain(".")
                    .build());
        }
        return mine.get(0);
    }
}
