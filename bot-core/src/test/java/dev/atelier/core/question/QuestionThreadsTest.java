package dev.atelier.core.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.ObservedMessage;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.testing.CoreFlowTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Questions live in platform threads: opened on ask, followed for replies, recreated when lost. */
class QuestionThreadsTest extends CoreFlowTest {

    static final String WORKSPACE = "ws-atelier-1-alice";

    @BeforeEach
    void start() {
        as("mod", "task add \"Shop checkout\" \"Add a checkout\"");
        assertThat(as("mod", "internship start @alice @bob 1").reply().text()).contains("started");
        platform.clear();
    }

    boolean say(CommunityRef community, ThreadRef thread, String messageId, String who) {
        return atelier.bot()
                .observe(new ObservedMessage(
                        community, thread.channelId(), thread.threadId(), messageId, who, clock.instant()));
    }

    Question q(long number) {
        return MongoStores.create(atelier.mongo())
                .questions()
                .find(SHOP.id(), number)
                .orElseThrow();
    }

    @Test
    void askingOpensAThreadInTheWorkspaceThatMentionsTheMentorAndStoresItOnTheQuestion() {
        Outcome asked = as("alice", "ask \"How do I seed the database?\"");

        ThreadRef thread = platform.threads().get(0);
        assertThat(thread.channelId()).isEqualTo(WORKSPACE);
        assertThat(asked.reply().text()).contains("Asked *Q1* in a <" + thread.link() + "|thread>");
        assertThat(platform.threadPosts()).hasSize(2);
        assertThat(platform.threadPosts().get(1).thread()).isEqualTo(thread);
        // the card pings the mentor; the line inside the thread names them without a second ping, and no DM repeats it
        assertThat(platform.threadPosts().get(0).message().mentionedMembers()).containsExactly("bob");
        assertThat(platform.threadPosts().get(1).message().text())
                .contains("bob")
                .contains("answer here");
        assertThat(platform.threadPosts().get(1).message().mentionedMembers()).isEmpty();
        assertThat(platform.sent()).isEmpty();
        assertThat(q(1).thread()).isEqualTo(thread);
    }

    @Test
    void theFirstReplyBySomeoneElseAnswersTheQuestionAndThreadMessagesCountOnce() {
        as("alice", "ask \"How do I seed the database?\"");
        ThreadRef thread = q(1).thread();

        clock.advance(Duration.ofMinutes(10));
        assertThat(say(SHOP, thread, "m1", "alice")).isTrue();
        assertThat(q(1).status()).isEqualTo(QuestionStatus.OPEN);
        clock.advance(Duration.ofMinutes(35));
        assertThat(say(SHOP, thread, "m2", "bob")).isTrue();
        assertThat(say(SHOP, thread, "m2", "bob")).isFalse();
        clock.advance(Duration.ofMinutes(5));
        say(SHOP, thread, "m3", "carol");
        assertThat(say(OTHER, thread, "m4", "bob")).isFalse();

        Question answered = q(1);
        assertThat(answered.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(answered.firstReplyBy()).isEqualTo("bob");
        assertThat(answered.firstReplyAt()).isEqualTo(answered.data().askedAt().plus(Duration.ofMinutes(45)));
        assertThat(answered.answeredByHelper()).isFalse();
        assertThat(MongoStores.create(atelier.mongo()).conversations().messagesInQuestion(SHOP.id(), 1))
                .isEqualTo(3);
        assertThat(as("alice", "status").reply().text())
                .contains("median first reply 45 min")
                .contains("💬 3 messages exchanged")
                .doesNotContain("helpers");
        assertThat(as("bob", "queue").reply().text()).contains("Nothing waits for you");
    }

    @Test
    void aHelperWhoAnswersFirstGetsTheCreditInStatus() {
        as("alice", "ask \"How do I seed the database?\"");
        say(SHOP, q(1).thread(), "m1", "carol");

        assertThat(q(1).answeredByHelper()).isTrue();
        assertThat(as("mod", "status").reply().text()).contains("🤝 answered first by helpers: <@carol> ×1");
    }

    @Test
    void aThreadDeletedOnThePlatformIsOpenedAgainWhenTheQuestionIsReopened() {
        as("alice", "ask \"How do I seed the database?\"");
        ThreadRef first = q(1).thread();
        assertThat(as("bob", "resolve 1").reply().text())
                .contains("Resolved *Q1*")
                .doesNotContain("deleted");
        platform.lose(first);

        String reopened = as("alice", "reopen 1").reply().text();

        ThreadRef second = q(1).thread();
        assertThat(second).isNotEqualTo(first);
        assertThat(reopened).contains("Reopened *Q1*").contains("opened a new one: <" + second.link() + "|thread>");
        assertThat(platform.threadPosts()).anySatisfy(p -> {
            assertThat(p.thread()).isEqualTo(second);
            assertThat(p.message().text()).contains("reopened *Q1*");
        });
        say(SHOP, first, "late", "bob");
        assertThat(q(1).status()).isEqualTo(QuestionStatus.REOPENED);
        assertThat(say(SHOP, second, "m1", "bob")).isTrue();
        assertThat(q(1).status()).isEqualTo(QuestionStatus.ANSWERED);
    }

    @Test
    void whenThePlatformRefusesAThreadTheQuestionIsKeptAndTheMentorGetsItByDm() {
        platform.refuseThreads("Atelier lacks Create Public Threads in that channel");

        String reply =
                as("alice", "ask \"How do I seed the database?\"").reply().text();

        assertThat(reply).contains("Asked *Q1* and saved it").contains("@bob gets it by DM");
        assertThat(platform.sent()).singleElement().satisfies(n -> {
            assertThat(n.to()).isEqualTo(Destination.direct("bob"));
            assertThat(n.fallback()).isEqualTo(Destination.channel(WORKSPACE));
            assertThat(n.message().text()).contains("How do I seed the database?");
        });
        assertThat(q(1).thread()).isNull();
        assertThat(as("bob", "queue").reply().text()).contains("How do I seed the database?");
    }

    @Test
    void theAskerKeepsAQuestionFromPeersAndOnlyTheAskerDecides() {
        assertThat(as("alice", "ask \"Private matter\" peers:no").reply().text())
                .contains("Peers will not be offered it");
        assertThat(q(1).peers().optedOut()).isTrue();
        as("alice", "ask \"Open matter\"");
        assertThat(as("bob", "peers 2 no").reply().text()).contains("Only @alice decides");
        assertThat(q(2).peers().optedOut()).isFalse();
        assertThat(platform.threadPosts().get(2).message().buttons())
                .anySatisfy(b -> assertThat(b.command()).isEqualTo("peers 2 no"));
        assertThat(as("alice", "peers 2 no").reply().text()).contains("will not be offered to peers");
        assertThat(q(2).peers().optedOut()).isTrue();
    }
}
