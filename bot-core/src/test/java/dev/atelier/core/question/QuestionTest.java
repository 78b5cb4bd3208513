package dev.atelier.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuestionTest {

    static final CommunityRef SHOP = new CommunityRef(Platform.CONSOLE, "shop", "Shop");
    static final Member ALICE = new Member("alice", "alice");
    static final Member BOB = new Member("bob", "bob");
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    static Requester as(String who, boolean moderator) {
        return new Requester(SHOP, new Member(who, who), moderator);
    }

    Question asked() {
        return Question.ask("shop", 1, 7, "spring", ALICE, BOB, "  How do I run the tests?  ", T0);
    }

    @Test
    void aNewQuestionIsOpenAndTrimmed() {
        Question q = asked();
        assertThat(q.status()).isEqualTo(QuestionStatus.OPEN);
        assertThat(q.data().text()).isEqualTo("How do I run the tests?");
        assertThat(q.label()).isEqualTo("Q1");
    }

    @Test
    void emptyOrOversizedQuestionsAreRefused() {
        assertThatThrownBy(() -> Question.ask("shop", 1, 7, "spring", ALICE, BOB, "   ", T0))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("Write your question");
        assertThatThrownBy(
                        () -> Question.ask("shop", 1, 7, "spring", ALICE, BOB, "x".repeat(Question.MAX_LENGTH + 1), T0))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("keep it under 1500");
    }

    @Test
    void theFirstReplyOfSomeoneElseAnswersItAndIsRemembered() {
        Question q = asked();
        assertThat(q.replied("alice", T0.plusSeconds(10))).isFalse();
        assertThat(q.status()).isEqualTo(QuestionStatus.OPEN);
        assertThat(q.replied("carol", T0.plusSeconds(60))).isTrue();
        assertThat(q.replied("bob", T0.plusSeconds(90))).isFalse();
        assertThat(q.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(q.firstReplyAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(q.firstReplyBy()).isEqualTo("carol");
    }

    @Test
    void aFirstReplyByNeitherAskerNorMentorIsAHelpersAndOnlyTheAskerKeepsItFromPeers() {
        Question byMentor = asked();
        byMentor.replied("bob", T0.plusSeconds(60));
        assertThat(byMentor.answeredByHelper()).isFalse();
        Question byPeer = asked();
        assertThat(byPeer.answeredByHelper()).isFalse();
        byPeer.replied("carol", T0.plusSeconds(60));
        assertThat(byPeer.answeredByHelper()).isTrue();
        assertThat(byPeer.firstReplyBy()).isEqualTo("carol");

        assertThat(byPeer.peers()).isEqualTo(PeerHelp.ALLOWED);
        assertThatThrownBy(() -> byPeer.letPeersHelp(as("bob", true), false))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("Only @alice decides");
        byPeer.letPeersHelp(as("alice", false), false);
        assertThat(byPeer.peers().optedOut()).isTrue();
        Question offered = new Question(
                asked().data(),
                QuestionStatus.OPEN,
                null,
                null,
                null,
                null,
                null,
                new PeerHelp(false, T0.plusSeconds(43200), null));
        assertThatThrownBy(() -> offered.letPeersHelp(as("alice", false), false))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("already offered");
    }

    @Test
    void resolvedThenReopenedThenAnsweredAgainKeepsTheFirstReply() {
        Question q = asked();
        q.replied("bob", T0.plusSeconds(60));
        q.resolve(as("alice", false), T0.plusSeconds(120), null);
        assertThat(q.status()).isEqualTo(QuestionStatus.RESOLVED);
        assertThat(q.resolvedAt()).isEqualTo(T0.plusSeconds(120));
        assertThatThrownBy(() -> q.resolve(as("bob", false), T0, null))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("already resolved");

        q.reopen(as("bob", false));
        assertThat(q.status()).isEqualTo(QuestionStatus.REOPENED);
        assertThat(q.status().waiting()).isTrue();
        assertThat(q.resolvedAt()).isNull();
        assertThatThrownBy(() -> q.reopen(as("alice", false)))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("not resolved");

        assertThat(q.replied("bob", T0.plusSeconds(500))).isTrue();
        assertThat(q.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(q.firstReplyAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void onlyTheMentorOrAModeratorKeepAnAnswerAndItNeedsAShortTitle() {
        Question q = asked();
        Knowledge kept = new Knowledge(Knowledge.Kind.RESOURCE, " Running tests ", "mvn verify", "bob");
        assertThat(kept.title()).isEqualTo("Running tests");
        assertThatThrownBy(() -> q.resolve(as("alice", false), T0, kept))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("Only the mentor or a moderator keeps");
        assertThat(q.status()).isEqualTo(QuestionStatus.OPEN);
        assertThatThrownBy(() -> new Knowledge(Knowledge.Kind.PRACTICE, " ", null, "bob"))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("short title");
        assertThatThrownBy(() -> new Knowledge(Knowledge.Kind.PRACTICE, "t".repeat(81), null, "bob"))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("under 80");
        q.resolve(as("bob", false), T0, kept);
        assertThat(q.knowledge()).isEqualTo(kept);
    }

    @Test
    void onlyTheAskerTheMentorOrAModeratorResolve() {
        Question q = asked();
        assertThatThrownBy(() -> q.resolve(as("carol", false), T0, null))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("Only");
        assertThat(q.status()).isEqualTo(QuestionStatus.OPEN);
        q.resolve(as("mod", true), T0, null);
        assertThat(q.status()).isEqualTo(QuestionStatus.RESOLVED);
    }
}
