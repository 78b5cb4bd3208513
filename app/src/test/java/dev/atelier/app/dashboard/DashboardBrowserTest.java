package dev.atelier.app.dashboard;

import static dev.atelier.app.dashboard.DashboardFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A moderator's visit in a real headless Chromium against the running application: login link,
 * cohorts, a cohort (sorted and filtered), a pair, and an export; saves screenshots to
 * {@code target/dashboard-e2e.png} (laptop) and {@code target/dashboard-e2e-phone.png}. Skipped only
 * when Debian's {@code chromium} and {@code chromium-driver} are not installed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "atelier.discord.token=",
            "atelier.slack.bot-token=",
            "atelier.public-url=https://atelier.example.org"
        })
@Import(DashboardTestSetup.class)
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("dashboard-e2e").toString();
        registry.add("atelier.store.embedded.path", () -> dir);
    }

    @LocalServerPort
    int port;

    @Autowired
    DashboardFixture fixture;

    WebDriver browser;
    Path profile;

    @BeforeEach
    void open() throws IOException {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipped: no Chromium here. Install Debian's chromium and chromium-driver (apt-get install -y chromium "
                        + "chromium-driver) to run the dashboard's browser test.");
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 1000));
        // a page still loading after a click has no element yet: look again for a while before failing
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void aModeratorFollowsTheLinkLooksAtACohortAndAPairAndExportsEvents() throws Exception {
        fixture.seedOnce();
        String login = fixture.loginPath(SHOP, "mod", true);

        browser.get(base() + login);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Open the dashboard");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        // the confirmation posts a form and is redirected: wait for the dashboard before reading the page
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(base() + "/dashboard"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .as("after confirming")
                .contains("Cohorts");
        assertThat(browser.getCurrentUrl()).isEqualTo(base() + "/dashboard");
        assertThat(browser.getTitle()).isEqualTo("Cohorts · Atelier dashboard");
        Cookie session = browser.manage().getCookieNamed("atelier_session");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        screenshot("dashboard-e2e-cohorts.png", 1280, 700);
        browser.manage().window().setSize(new Dimension(1280, 1000));

        browser.findElement(By.linkText("spring-2026")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("spring-2026");
        assertThat(browser.findElements(By.cssSelector("table.pairs tbody tr"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("svg.chart[role=img]"))).hasSize(3);
        browser.findElement(By.linkText("Missed check-ins")).click();
        browser.findElement(By.linkText("Missed check-ins")).click();
        assertThat(browser.getCurrentUrl()).contains("sort=missed").contains("dir=desc");
        assertThat(browser.findElement(By.cssSelector("table.pairs tbody tr")).getText())
                .contains("dave");
        new Select(browser.findElement(By.id("risk"))).selectByValue("no");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        assertThat(browser.findElements(By.cssSelector("table.pairs tbody tr"))).hasSize(1);
        browser.findElement(By.linkText("Clear filters")).click();
        screenshot("dashboard-e2e.png", 1280, 1000);
        screenshot("dashboard-e2e-cohort-phone.png", 390, 844);
        browser.manage().window().setSize(new Dimension(1280, 1000));

        browser.findElement(By.cssSelector("a[aria-label='Internship 1']")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Internship #1: Shop checkout");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Checkout page")
                .contains("Clean work")
                .contains("1 h 35 min");
        screenshot("dashboard-e2e-pair.png", 1280, 1000);
        screenshot("dashboard-e2e-phone.png", 390, 844);

        String export =
                browser.findElement(By.partialLinkText("events of this pair")).getAttribute("href");
        HttpResponse<String> csv = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(export))
                                .header(
                                        "Cookie",
                                        "atelier_session="
                                                + browser.manage()
                                                        .getCookieNamed("atelier_session")
                                                        .getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(csv.body()).startsWith("cohort,internship,at_utc,by,event").contains("approved M1 Checkout page");

        browser.get(base() + login);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Link already used");
        browser.get(base() + "/dashboard/nowhere");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nothing here");
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel").doesNotContain("Exception");
    }

    @Test
    void theSessionCookieIsSecureBehindHttps() throws Exception {
        fixture.seedOnce();
        HttpResponse<String> login = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + fixture.loginPath(SHOP, "mod", true)))
                                .header("X-Forwarded-Proto", "https")
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Set-Cookie").orElse(""))
                .startsWith("atelier_session=")
                .contains("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .contains("Max-Age=28800");
    }

    private void screenshot(String name, int width, int height) throws IOException {
        long full = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(width, (int) Math.max(height, Math.min(full + 140, 4000))));
        Path shot = ((org.openqa.selenium.TakesScreenshot) browser)
                .getScreenshotAs(OutputType.FILE)
                .toPath();
        Files.createDirectories(Path.of("target"));
        Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }
}
