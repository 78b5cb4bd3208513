package dev.atelier.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.rounds.ClockRound;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.question.Question;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two communities with cohorts and pairs, made through the bot as people would: Shop (the one the
 * tests sign in to) and Other (whose ids must never show through Shop's dashboard).
 */
final class DashboardFixture {

    static final CommunityRef SHOP = new CommunityRef(Platform.CONSOLE, "shop", "Shop guild");
    static final CommunityRef OTHER = new CommunityRef(Platform.CONSOLE, "other", "Other guild");
    static final String COHORT = "spring-2026";
    static final String OTHER_COHORT = "secret-cohort";
    static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/dashboard/login/[A-Za-z0-9_-]{43})");

    private final AtelierBot bot;
    private final MongoStores stores;
    private final MutableClock clock;
    private final ClockRound round;

    DashboardFixture(AtelierBot bot, MongoStores stores, MutableClock clock, ClockRound round) {
        this.bot = bot;
        this.stores = stores;
        this.clock = clock;
        this.round = round;
    }

    /** Seeds the store unless an earlier test of the same application did. */
    DashboardFixture seedOnce() {
        return stores.cohorts().find(SHOP.id(), COHORT).isEmpty() ? seed() : this;
    }

    /**
     * Shop: two pairs in spring-2026 (the second flagged at risk by the clock's stall sweep after two
     * missed check-ins), one outside any cohort; Other: five pairs.
     */
    DashboardFixture seed() {
        run(SHOP, "mod", true, "cohort create spring-2026 #interns 2026-11-01 2027-02-28");
        run(SHOP, "mod", true, "cohort create autumn-2027");
        run(SHOP, "mod", true, "community rhythm stall:30");
        run(SHOP, "mod", true, "task add \"Shop checkout\" \"Add a checkout page\" \"400 USD\" 40 \"java, sql\"");
        run(SHOP, "mod", true, "task add \"=SUM(A1:A9), pay\" \"A title a spreadsheet would run\"");
        run(SHOP, "mod", true, "internship start @alice @bob 1 spring-2026");
        run(SHOP, "mod", true, "internship start @dave @erin 2 spring-2026");
        run(SHOP, "mod", true, "internship start @fay @gus 1");
        run(SHOP, "bob", false, "milestone add 1 \"Checkout page\" \"Pays with a test card\" 2026-11-12");
        run(SHOP, "bob", false, "milestone add 1 \"Cart tests\" \"Covers the cart\" 2026-11-30");
        run(SHOP, "erin", false, "milestone add 2 \"Spec review\" \"Agree on the spec\" 2026-11-09");
        talk(1, 6);
        clock.advance(Duration.ofDays(3));
        run(SHOP, "alice", false, "ask \"How do I run the tests?\" 1");
        answerFirstQuestion("bob", Duration.ofMinutes(95));
        talk(1, 9);
        clock.advance(Duration.ofDays(5));
        run(SHOP, "alice", false, "submit 1 https://example.org/pr/3 \"first draft\"");
        clock.advance(Duration.ofHours(5));
        run(SHOP, "bob", false, "review 1 approve \"Clean work\"");
        talk(1, 4);
        clock.advance(Duration.ofDays(6));
        run(SHOP, "dave", false, "ask \"Where is the <b>spec</b>?\" 2");
        talk(2, 2);
        missTwoCheckins(2);
        clock.advance(Duration.ofDays(6));
        round.run();
        run(SHOP, "alice", false, "checkin answer \"Cart page done\" \"Flaky <b>tests</b>\" \"Cart tests\" 4 1");

        run(OTHER, "olga", true, "cohort create secret-cohort");
        run(OTHER, "olga", true, "task add \"Secret task\" \"Hidden\"");
        // five interns for yann (capacity 1): a repeated start of the same pair starts nothing new
        for (String intern : List.of("zoe", "zack", "zara", "zeno", "zita")) {
            run(OTHER, "olga", true, "internship start @" + intern + " @yann 1 secret-cohort");
        }
        return this;
    }

    /** The path of a fresh login link, issued through the bot to {@code who}. */
    String loginPath(CommunityRef community, String who, boolean platformModerator) {
        String reply = run(community, who, platformModerator, "dashboard");
        Matcher m = LINK.matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        return m.group(1);
    }

    String run(CommunityRef community, String who, boolean platformModerator, String line) {
        String reply = bot.run(new Caller(community, new Actor(new Member(who, who), platformModerator), null), line)
                .reply()
                .text();
        assertThat(reply).as(line).doesNotContain("⚠️").doesNotContain("❌");
        return reply;
    }

    private void talk(long internship, int messages) {
        for (int i = 0; i < messages; i++) {
            stores.conversations().countMessage(SHOP.id(), internship, clock.instant());
        }
    }

    private void answerFirstQuestion(String by, Duration after) {
        Question q = stores.questions().ofInternship(SHOP.id(), 1).get(0);
        q.replied(by, q.data().askedAt().plus(after));
        stores.questions().save(q);
    }

    private void missTwoCheckins(long internship) {
        Checkin c = stores.checkins().find(SHOP.id(), internship).orElseThrow();
        c = c.prompted(clock.instant(), clock.instant().plus(Duration.ofDays(1)))
                .missed();
        c = stores.checkins().save(c);
        c = c.prompted(clock.instant(), clock.instant().plus(Duration.ofDays(1)))
                .missed();
        stores.checkins().save(c);
    }
}
