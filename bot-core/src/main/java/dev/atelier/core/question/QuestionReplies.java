package dev.atelier.core.question;

import dev.atelier.core.conversation.ConversationStore;
import dev.atelier.core.conversation.ThreadReplies;
import dev.atelier.core.message.ObservedMessage;
import dev.atelier.core.shared.ConcurrentChange;
import dev.atelier.core.shared.Contention;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Messages in a question's thread (or its peer-help thread): each is counted for the question, and
 * the first one by someone other than the asker answers it and records who replied and when.
 */
public final class QuestionReplies implements ThreadReplies {

    private final QuestionStore questions;
    private final ConversationStore conversations;
    private final QuestionPosts posts;

    public QuestionReplies(QuestionStore questions, ConversationStore conversations) {
        this(questions, conversations, null);
    }

    /** Also updating the question's card when a reply answers it. */
    public QuestionReplies(QuestionStore questions, ConversationStore conversations, QuestionPosts posts) {
        this.questions = questions;
        this.conversations = conversations;
        this.posts = posts;
    }

    @Override
    public OptionalLong internshipOf(String communityId, String threadId) {
        return questions
                .findByThread(communityId, threadId)
                .map(q -> OptionalLong.of(q.data().internshipNumber()))
                .orElse(OptionalLong.empty());
    }

    @Override
    public void replied(ObservedMessage m) {
        String communityId = m.community().id();
        Optional<Question> found = questions.findByThread(communityId, m.threadId());
        if (found.isEmpty()) {
            return;
        }
        conversations.countInQuestion(communityId, found.get().number());
        for (int attempt = 1; found.isPresent() && found.get().replied(m.authorId(), m.at()); attempt++) {
            try {
                Question answered = questions.save(found.get());
                if (posts != null) {
                    posts.refresh(m.community(), answered, false);
                }
                return;
            } catch (ConcurrentChange e) {
                if (attempt >= Contention.ATTEMPTS) {
                    throw e;
                }
                Contention.backOff(attempt);
                found = questions.find(communityId, found.get().number());
            }
        }
    }
}
