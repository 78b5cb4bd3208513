package dev.atelier.core.question;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Text;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Instant;

/**
 * A question of an intern to their mentor within one internship. Answered when the mentor or
 * another helper first replies; resolved by the asker, the mentor or a moderator; resolved
 * questions can be reopened. It lives in a platform thread ({@link #thread()}, null until opened
 * or when the platform refused one) and may be offered to peers ({@link #peers()}).
 * {@code version} is the optimistic-locking version (null until stored).
 */
public final class Question {

    public static final int MAX_LENGTH = 1500;

    private final QuestionData data;
    private QuestionStatus status;
    private Instant firstReplyAt;
    private String firstReplyBy;
    private Instant resolvedAt;
    private Knowledge knowledge;
    private final ThreadRef thread;
    private PeerHelp peers;

    public Question(
            QuestionData data,
            QuestionStatus status,
            Instant firstReplyAt,
            String firstReplyBy,
            Instant resolvedAt,
            Knowledge knowledge,
            ThreadRef thread,
            PeerHelp peers) {
        this.data = data;
        this.status = status;
        this.firstReplyAt = firstReplyAt;
        this.firstReplyBy = firstReplyBy;
        this.resolvedAt = resolvedAt;
        this.knowledge = knowledge;
        this.thread = thread;
        this.peers = peers == null ? PeerHelp.ALLOWED : peers;
    }

    /** A new open question; refuses an empty or oversized text. */
    public static Question ask(
            String communityId,
            long number,
            long internshipNumber,
            String cohortName,
            Member asker,
            Member mentor,
            String text,
            Instant at) {
        return ask(communityId, number, internshipNumber, cohortName, asker, mentor, text, at, true);
    }

    /** The question's text, trimmed; refused when empty or too long. */
    public static String requireText(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new Rejected(Text.builder()
                    .plain("Write your question after ")
                    .command(CommandHint.of("ask"))
                    .plain(", for example ")
                    .command(CommandHint.of("ask").with("question", "How do I run the tests?"))
                    .plain(".")
                    .build());
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new Rejected("Your question has " + trimmed.length() + " characters; keep it under " + MAX_LENGTH
                    + " and put long logs in a link.");
        }
        return trimmed;
    }

    /** A new open question that peers may be offered when {@code peersAllowed}. */
    public static Question ask(
            String communityId,
            long number,
            long internshipNumber,
            String cohortName,
            Member asker,
            Member mentor,
            String text,
            Instant at,
            boolean peersAllowed) {
        String trimmed = requireText(text);
        return new Question(
                new QuestionData(communityId, number, internshipNumber, cohortName, asker, mentor, trimmed, at, null),
                QuestionStatus.OPEN,
                null,
                null,
                null,
                null,
                null,
                peersAllowed ? PeerHelp.ALLOWED : PeerHelp.OPTED_OUT);
    }

    /**
     * Someone other than the asker replied: the first such reply answers an open or reopened question.
     *
     * @return whether this reply changed the question
     */
    public boolean replied(String memberId, Instant at) {
        if (memberId.equals(data.asker().id()) || !status.waiting()) {
            return false;
        }
        status = QuestionStatus.ANSWERED;
        if (firstReplyAt == null) {
            firstReplyAt = at;
            firstReplyBy = memberId;
        }
        return true;
    }

    /** Resolves the question; {@code kept} (may be null) keeps the answer for the cohort, which only the mentor or a moderator does. */
    public void resolve(Requester by, Instant at, Knowledge kept) {
        requireParticipant(by, "resolve");
        if (kept != null && !by.memberId().equals(data.mentor().id()) && !by.moderator()) {
            throw new Rejected(Text.builder()
                    .plain("Only the mentor or a moderator keeps an answer as a resource or best practice; "
                            + "resolve with ")
                    .command(CommandHint.of("resolve").with("question", data.number()))
                    .plain(" alone.")
                    .build());
        }
        if (status == QuestionStatus.CLOSED) {
            throw new Rejected("Question " + label() + " was closed with its internship.");
        }
        if (status == QuestionStatus.RESOLVED) {
            throw new Rejected(Text.builder()
                    .plain("Question " + label() + " is already resolved; ")
                    .command(CommandHint.of("reopen").with("question", data.number()))
                    .plain(" if it needs more help.")
                    .build());
        }
        status = QuestionStatus.RESOLVED;
        resolvedAt = at;
        if (kept != null) {
            knowledge = kept;
        }
    }

    /**
     * Its internship was withdrawn or closed: a question not resolved yet leaves the queues.
     *
     * @return whether the question changed
     */
    public boolean closeWithInternship(Instant at) {
        if (status == QuestionStatus.RESOLVED || status == QuestionStatus.CLOSED) {
            return false;
        }
        status = QuestionStatus.CLOSED;
        resolvedAt = at;
        return true;
    }

    public void reopen(Requester by) {
        requireParticipant(by, "reopen");
        if (status != QuestionStatus.RESOLVED) {
            throw new Rejected("Question " + label() + " is not resolved, so there is nothing to reopen.");
        }
        status = QuestionStatus.REOPENED;
        resolvedAt = null;
    }

    private void requireParticipant(Requester by, String verb) {
        boolean participant = by.memberId().equals(data.asker().id())
                || by.memberId().equals(data.mentor().id());
        if (!participant && !by.moderator()) {
            throw new Rejected(Text.builder()
                    .plain("Only ")
                    .quiet(data.asker())
                    .plain(", their mentor or a moderator can " + verb + " question " + label() + ".")
                    .build());
        }
    }

    /** The asker keeps the question from peers, or lets them help; refused once it was offered. */
    public void letPeersHelp(Requester by, boolean allowed) {
        if (!by.memberId().equals(data.asker().id())) {
            throw new Rejected(Text.builder()
                    .plain("Only ")
                    .quiet(data.asker())
                    .plain(" decides whether peers see question " + label() + ".")
                    .build());
        }
        if (peers.offered() && !allowed) {
            throw new Rejected("Question " + label() + " was already offered to your cohort.");
        }
        peers = new PeerHelp(!allowed, peers.offeredAt(), peers.thread());
    }

    /** Whether the first reply came from someone other than the asker and the mentor: a peer who helped. */
    public boolean answeredByHelper() {
        return firstReplyBy != null
                && !firstReplyBy.equals(data.mentor().id())
                && !firstReplyBy.equals(data.asker().id());
    }

    public String label() {
        return "Q" + data.number();
    }

    public QuestionData data() {
        return data;
    }

    public long number() {
        return data.number();
    }

    public QuestionStatus status() {
        return status;
    }

    public Instant firstReplyAt() {
        return firstReplyAt;
    }

    public String firstReplyBy() {
        return firstReplyBy;
    }

    /** The question's thread on the platform, or null. */
    public ThreadRef thread() {
        return thread;
    }

    public PeerHelp peers() {
        return peers;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    /** The answer kept for the cohort, or null. */
    public Knowledge knowledge() {
        return knowledge;
    }
}
