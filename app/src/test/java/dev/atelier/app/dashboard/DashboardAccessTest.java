package dev.atelier.app.dashboard;

import static dev.atelier.app.dashboard.DashboardFixture.COHORT;
import static dev.atelier.app.dashboard.DashboardFixture.OTHER;
import static dev.atelier.app.dashboard.DashboardFixture.OTHER_COHORT;
import static dev.atelier.app.dashboard.DashboardFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.atelier.core.command.AtelierBot;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Who gets into the dashboard and what they see: login links work once and for ten minutes, every
 * page and export refuses missing or expired sessions, former moderators and other communities'
 * ids, and bad input gets a clear page with the right status and no stack trace.
 */
class DashboardAccessTest extends DashboardMvcTest {

    static final List<String> PROTECTED = List.of(
            "/dashboard",
            "/dashboard/cohorts/" + COHORT,
            "/dashboard/pairs/1",
            "/dashboard/cohorts/" + COHORT + "/pairs.csv",
            "/dashboard/cohorts/" + COHORT + "/events.csv",
            "/dashboard/pairs/1/events.csv",
            "/dashboard/timezone?tz=Europe/Paris",
            "/dashboard/mentors");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("dashboard-test").toString();
        registry.add("atelier.store.embedded.path", () -> dir);
    }

    @Autowired
    AtelierBot bot;

    MockHttpSession signIn(String who, boolean platformModerator) throws Exception {
        String link = fixture.loginPath(SHOP, who, platformModerator);
        MvcResult confirm = page(link, null);
        assertThat(confirm.getResponse().getStatus()).isEqualTo(200);
        assertThat(confirm.getResponse().getContentAsString())
                .contains("Continue to the dashboard")
                .contains("Shop guild");
        MvcResult login = use(link);
        assertThat(login.getResponse().getStatus()).isEqualTo(302);
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/dashboard");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    MvcResult use(String link) throws Exception {
        return mvc.perform(post(link)).andReturn();
    }

    MvcResult page(String path, MockHttpSession session) throws Exception {
        return session == null
                ? mvc.perform(get(path)).andReturn()
                : mvc.perform(get(path).session(session)).andReturn();
    }

    @Test
    void aModeratorSignsInOnceAndSeesTheirCommunity() throws Exception {
        MockHttpSession session = signIn("mod", true);

        MvcResult overview = page("/dashboard", session);
        assertThat(overview.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(overview.getResponse().getHeader("Content-Security-Policy"))
                .contains("default-src 'none'")
                .contains("style-src 'self'");
        String cohorts = overview.getResponse().getContentAsString();
        assertThat(cohorts)
                .contains("Shop guild")
                .contains(COHORT)
                .contains("1 of 3")
                .doesNotContain(OTHER_COHORT);
        MvcResult cohort = page("/dashboard/cohorts/" + COHORT, session);
        assertThat(cohort.getResponse().getStatus()).isEqualTo(200);
        assertThat(cohort.getResponse().getContentAsString())
                .contains("alice")
                .contains("dave")
                .contains("At risk: 2 check-ins missed in a row")
                .contains("<svg")
                .contains("role=\"img\"");
        String pair = page("/dashboard/pairs/1", session).getResponse().getContentAsString();
        assertThat(pair)
                .contains("Checkout page")
                .contains("Clean work")
                .contains("How do I run the tests?")
                .contains("1 h 35 min")
                .contains("Every check-in answer")
                .contains("Cart page done")
                .contains("Flaky &lt;b&gt;tests&lt;/b&gt;")
                .contains("aria-label=\"Confidence 4 of 5\"");
        assertThat(page("/dashboard/pairs/2", session).getResponse().getContentAsString())
                .contains("Where is the &lt;b&gt;spec&lt;/b&gt;?")
                .doesNotContain("<b>spec</b>");
    }

    @Test
    void chatStatusAndTheDashboardShowTheSameFigures() throws Exception {
        // given what the mentor reads in chat
        String chat = fixture.run(SHOP, "bob", false, "status");

        // when a moderator opens the same pair on the dashboard
        String pair =
                page("/dashboard/pairs/1", signIn("mod", true)).getResponse().getContentAsString();

        // then both count approved of planned milestones, questions and the median first reply alike
        assertThat(chat)
                .contains("1 of 2 milestones approved")
                .doesNotContain("overdue")
                .contains("1 question asked · 0 open · median first reply 1 h 35 min");
        assertThat(pair)
                .contains("<dd>1 of 2</dd>")
                .contains("<dd>0</dd>")
                .contains("<dd>1 (0 open)</dd>")
                .contains("<dd>1 h 35 min</dd>")
                .contains("on track");
    }

    @Test
    void theEventsExportAndTimelineIncludeQuestionsAndCheckins() throws Exception {
        MockHttpSession session = signIn("mod", true);

        String events =
                page("/dashboard/pairs/1/events.csv", session).getResponse().getContentAsString();
        String pair = page("/dashboard/pairs/1", session).getResponse().getContentAsString();

        assertThat(events)
                .contains("alice,asked Q1: How do I run the tests?")
                .contains("bob,replied first to Q1")
                .contains("alice,answered check-in #");
        assertThat(pair).contains("asked Q1: How do I run the tests?").contains("answered check-in #");
    }

    @Test
    void exportsAreUtf8CsvAttachmentsWithEscapingAndDefusedFormulas() throws Exception {
        MockHttpSession session = signIn("mod", true);

        MvcResult pairs = page("/dashboard/cohorts/" + COHORT + "/pairs.csv", session);
        assertThat(pairs.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(pairs.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("atelier-spring-2026-pairs.csv");
        String csv = pairs.getResponse().getContentAsString();
        assertThat(csv)
                .startsWith("cohort,internship,status,")
                .contains("\r\n")
                .contains("\"'=SUM(A1:A9), pay\"")
                .contains(",yes,2 check-ins missed in a row,")
                .contains("spring-2026,1,active,alice,alice,bob,bob,Shop checkout,1,2,1,0,95,19,0,no,");
        assertThat(csv.lines()).hasSize(3);
        String events =
                page("/dashboard/pairs/1/events.csv", session).getResponse().getContentAsString();
        assertThat(events).startsWith("cohort,internship,at_utc,by,event\r\n").contains("approved M1 Checkout page");
        assertThat(page("/dashboard/cohorts/" + COHORT + "/events.csv", session)
                        .getResponse()
                        .getContentAsString())
                .contains("spring-2026,2,");
    }

    @Test
    void aLinkIsRefusedWhenReplayedExpiredUnknownOrMalformed() throws Exception {
        String link = fixture.loginPath(SHOP, "mod", true);
        assertThat(use(link).getResponse().getStatus()).isEqualTo(302);

        MvcResult replay = use(link);
        assertThat(replay.getResponse().getStatus()).isEqualTo(410);
        assertThat(replay.getResponse().getContentAsString())
                .contains("Link already used")
                .contains("/dashboard");
        assertThat(replay.getRequest().getSession(false)).isNull();
        assertThat(page(link, null).getResponse().getStatus()).isEqualTo(410);

        String late = fixture.loginPath(SHOP, "mod", true);
        clock.advance(Duration.ofMinutes(10));
        assertThat(page(late, null).getResponse().getStatus()).isEqualTo(410);
        assertThat(use(late).getResponse().getStatus()).isEqualTo(410);
        assertThat(page("/dashboard/login/" + "A".repeat(43), null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(page("/dashboard/login/not-a-token", null).getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void previewsAndPostsFromOtherSitesDoNotUseUpTheLink() throws Exception {
        String link = fixture.loginPath(SHOP, "mod", true);
        assertThat(page(link, null).getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head(link))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        MvcResult forged =
                mvc.perform(post(link).header("Origin", "https://evil.example")).andReturn();
        assertThat(forged.getResponse().getStatus()).isEqualTo(403);
        assertThat(forged.getRequest().getSession(false)).isNull();

        MvcResult login = mvc.perform(post(link).header("Origin", "https://atelier.example.org"))
                .andReturn();
        assertThat(login.getResponse().getStatus()).isEqualTo(302);
        assertThat(page("/dashboard", (MockHttpSession) login.getRequest().getSession(false))
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void everyPageAndExportNeedsASession() throws Exception {
        for (String path : PROTECTED) {
            MvcResult result = page(path, null);
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(401);
            assertThat(result.getResponse().getContentAsString())
                    .as(path)
                    .contains("Run /dashboard")
                    .doesNotContain("spring-2026,");
        }
    }

    @Test
    void everyPageAndExportRefusesAnExpiredSession() throws Exception {
        MockHttpSession session = signIn("mod", true);
        clock.advance(LoginController.SESSION_LIFETIME);
        for (String path : PROTECTED) {
            assertThat(page(path, session).getResponse().getStatus()).as(path).isEqualTo(401);
        }
    }

    @Test
    void aModeratorRemovedFromTheListLosesAccessOnTheNextRequest() throws Exception {
        fixture.run(SHOP, "mod", true, "moderator add @carol");
        MockHttpSession session = signIn("carol", false);
        assertThat(page("/dashboard", session).getResponse().getStatus()).isEqualTo(200);

        fixture.run(SHOP, "mod", true, "moderator remove @carol");

        MvcResult refused = page("/dashboard", session);
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(refused.getResponse().getContentAsString()).contains("no longer a moderator");
        for (String path : PROTECTED) {
            assertThat(page(path, session).getResponse().getStatus()).as(path).isIn(401, 403);
        }
    }

    @Test
    void aLinkIssuedToAModeratorRemovedBeforeOpeningItGetsNoAccess() throws Exception {
        fixture.run(SHOP, "mod", true, "moderator add @carol");
        String link = fixture.loginPath(SHOP, "carol", false);
        fixture.run(SHOP, "mod", true, "moderator remove @carol");
        assertThat(page(link, null).getResponse().getStatus()).isEqualTo(403);
        MvcResult refused = use(link);
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(refused.getRequest().getSession(false)).isNull();
    }

    @Test
    void membersWhoAreNotModeratorsGetNoLink() {
        String reply = bot.run(
                        new dev.atelier.core.command.Caller(
                                SHOP,
                                new dev.atelier.core.community.Actor(
                                        new dev.atelier.core.community.Member("alice", "alice"), false),
                                null),
                        "dashboard")
                .reply()
                .text();
        assertThat(reply).contains("Only moderators").doesNotContain("/dashboard/login/");
    }

    @Test
    void moderatorsSeeEachMentorsLoadFlaggedMentorsFirstAndOnlyTheirCommunity() throws Exception {
        MockHttpSession session = signIn("mod", true);
        assertThat(page("/dashboard", session).getResponse().getContentAsString())
                .contains("href=\"/dashboard/mentors\"");

        String mentors = page("/dashboard/mentors", session).getResponse().getContentAsString();

        assertThat(mentors)
                .contains("<caption>Mentor load")
                .contains("<th scope=\"row\">erin</th>")
                .contains("<th scope=\"row\">bob</th>")
                .contains("<th scope=\"row\">gus</th>")
                .contains("Flagged: work waiting since")
                .contains("Suggestion: no other mentor has room")
                .doesNotContain("yann")
                .doesNotContain("<@");
        assertThat(mentors.indexOf(">erin</th>")).isLessThan(mentors.indexOf(">bob</th>"));
        assertThat(mentors.indexOf(">bob</th>")).isLessThan(mentors.indexOf(">gus</th>"));
        String other = page("/dashboard/mentors", (MockHttpSession)
                        use(fixture.loginPath(OTHER, "olga", true)).getRequest().getSession(false))
                .getResponse()
                .getContentAsString();
        assertThat(other)
                .contains(">yann</th>")
                .contains("Flagged: 5 interns for a capacity of 1")
                .doesNotContain(">erin</th>");
    }

    @Test
    void anotherCommunitysCohortsAndPairsAreNotFound() throws Exception {
        MockHttpSession session = signIn("mod", true);
        for (String path : List.of(
                "/dashboard/cohorts/" + OTHER_COHORT,
                "/dashboard/pairs/5",
                "/dashboard/cohorts/" + OTHER_COHORT + "/pairs.csv",
                "/dashboard/cohorts/" + OTHER_COHORT + "/events.csv",
                "/dashboard/pairs/5/events.csv",
                "/dashboard/pairs/999")) {
            MvcResult result = page(path, session);
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
            assertThat(result.getResponse().getContentAsString())
                    .as(path)
                    .contains("Not found")
                    .doesNotContain("zoe")
                    .doesNotContain("Secret task");
        }
        assertThat(page("/dashboard/pairs/1", session).getResponse().getContentAsString())
                .contains("alice")
                .doesNotContain("zoe");

        String otherLink = fixture.loginPath(OTHER, "olga", true);
        MockHttpSession other = (MockHttpSession) use(otherLink).getRequest().getSession(false);
        assertThat(page("/dashboard/cohorts/" + COHORT, other).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(page("/dashboard/pairs/1", other).getResponse().getContentAsString())
                .contains("zoe")
                .doesNotContain("alice");
    }

    @Test
    void badInputGetsAClearPageWithTheRightStatusAndNoStackTrace() throws Exception {
        MockHttpSession session = signIn("mod", true);
        String cohort = "/dashboard/cohorts/" + COHORT;
        for (String path : List.of(
                cohort + "?sort=password",
                cohort + "?dir=sideways",
                cohort + "?status=lost",
                cohort + "?risk=maybe",
                cohort + "?q=" + "x".repeat(101),
                "/dashboard/pairs/abc",
                "/dashboard/pairs/abc/events.csv",
                "/dashboard/pairs/99999999999999999999",
                "/dashboard/timezone?tz=Mars/Olympus")) {
            MvcResult result = page(path, session);
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(400);
            assertThat(result.getResponse().getContentAsString())
                    .as(path)
                    .contains("That request does not make sense")
                    .doesNotContain("Exception")
                    .doesNotContain("at dev.atelier");
        }
        for (String path : List.of(
                "/dashboard/nowhere",
                "/dashboard/cohorts/" + "x".repeat(60),
                "/dashboard/cohorts/no-such-cohort/pairs.csv")) {
            MvcResult result = page(path, session);
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
            assertThat(result.getResponse().getContentAsString())
                    .as(path)
                    .doesNotContain("Exception")
                    .doesNotContain("Whitelabel");
        }
        assertThat(page(cohort + "?sort=progress&dir=desc&status=active&risk=yes&q=dave", session)
                        .getResponse()
                        .getContentAsString())
                .contains("dave")
                .doesNotContain(">alice<");
    }

    @Test
    void theTimeZoneComesFromTheChoiceAndOnlyRedirectsWithinTheDashboard() throws Exception {
        MockHttpSession session = signIn("mod", true);
        assertThat(page("/dashboard/pairs/1", session).getResponse().getContentAsString())
                .contains("2026-11-02 10:00");
        MvcResult chosen = page("/dashboard/timezone?tz=Asia/Tokyo&back=/dashboard/pairs/1", session);
        assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo("/dashboard/pairs/1");
        assertThat(page("/dashboard/pairs/1", session).getResponse().getContentAsString())
                .contains("2026-11-02 19:00");
        assertThat(page("/dashboard/timezone?tz=UTC&back=https://evil.example", session)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/dashboard");
        MvcResult braces = page("/dashboard/timezone?tz=UTC&back=/dashboard/%7Bx%7D", session);
        assertThat(braces.getResponse().getStatus()).isEqualTo(302);
        assertThat(braces.getResponse().getRedirectedUrl()).startsWith("/dashboard/");
    }

    @Test
    void aModeratorWithAProfileTimeZoneSeesTimesInIt() throws Exception {
        fixture.run(SHOP, "mod2", true, "profile set timezone:Europe/Paris");
        MockHttpSession session = signIn("mod2", true);
        String pair = page("/dashboard/pairs/1", session).getResponse().getContentAsString();
        assertThat(pair)
                .contains("2026-11-02 11:00")
                .contains("your profile")
                .contains("Europe/Paris")
                .doesNotContain("Show times in");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        MockHttpSession session = signIn("mod", true);
        MvcResult out = mvc.perform(post("/dashboard/logout").session(session)).andReturn();
        assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/dashboard/signed-out");
        assertThat(page("/dashboard", session).getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(post("/dashboard/logout"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/dashboard/signed-out");
        assertThat(page("/dashboard/signed-out", null).getResponse().getContentAsString())
                .contains("signed out");
    }
}
