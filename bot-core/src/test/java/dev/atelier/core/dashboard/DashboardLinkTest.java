package dev.atelier.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.Member;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.CoreFlowTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DashboardLinkTest extends CoreFlowTest {

    static final Pattern LINK = Pattern.compile("http://localhost:8080/dashboard/login/([A-Za-z0-9_-]{43})");

    Outcome as(String who, boolean platformModerator, String line) {
        return atelier.bot().run(new Caller(SHOP, new Actor(new Member(who, who), platformModerator), null), line);
    }

    String token(Outcome outcome) {
        Matcher m = LINK.matcher(outcome.reply().text());
        assertThat(m.find()).as(outcome.reply().text()).isTrue();
        return m.group(1);
    }

    Redemption redeem(String token) {
        return atelier.services().dashboard().logins().redeem(token);
    }

    @Test
    void aModeratorGetsAPrivateLinkThatWorksOnce() {
        Outcome reply = as("mod", true, "dashboard");
        assertThat(reply.reply().ephemeral()).isTrue();
        String token = token(reply);

        assertThat(redeem(token)).isInstanceOfSatisfying(Redemption.Granted.class, g -> {
            assertThat(g.link().community().id()).isEqualTo(SHOP.id());
            assertThat(g.link().moderator().id()).isEqualTo("mod");
        });
        assertThat(redeem(token)).isInstanceOf(Redemption.Used.class);
    }

    @Test
    void onlyTheHashOfTheTokenIsStored() {
        String token = token(as("mod", true, "dashboard"));
        String stored =
                atelier.mongo().getCollection("login_links").find().first().toJson();
        assertThat(stored).doesNotContain(token).contains(LoginTokens.hash(token));
    }

    @Test
    void aLinkExpiresAfterTenMinutesAndUnknownTokensOpenNothing() {
        String token = token(as("mod", true, "dashboard"));
        clock.advance(Duration.ofMinutes(10));
        assertThat(redeem(token)).isInstanceOf(Redemption.Expired.class);
        assertThat(redeem(LoginTokens.fresh())).isInstanceOf(Redemption.Unknown.class);
        assertThat(redeem("../../etc/passwd")).isInstanceOf(Redemption.Unknown.class);
    }

    @Test
    void membersWhoAreNotModeratorsGetNoLink() {
        assertThat(as("alice", false, "dashboard").reply().text()).contains("Only moderators");
        assertThat(atelier.mongo().getCollection("login_links").countDocuments())
                .isZero();
    }

    @Test
    void aListedModeratorRemovedBeforeOpeningTheLinkGetsNoAccess() {
        as("mod", true, "moderator add @carol");
        String token = token(as("carol", false, "dashboard"));
        as("mod", true, "moderator remove @carol");
        assertThat(redeem(token)).isInstanceOf(Redemption.NotModerator.class);
    }

    @Test
    void twoRequestsRacingWithOneTokenLetOneIn() throws Exception {
        String token = token(as("mod", true, "dashboard"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Redemption>> tries = java.util.Collections.nCopies(8, () -> redeem(token));
            long granted = 0;
            for (Future<Redemption> f : pool.invokeAll(tries)) {
                granted += f.get() instanceof Redemption.Granted ? 1 : 0;
            }
            assertThat(granted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
