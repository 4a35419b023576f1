package org.careloop.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The dashboard in a real browser (Debian's chromium, driven by Playwright) against the whole stack: people log in on
 * Keycloak's own page, work through the gateway, and see each other's changes live, without reloading. Every main
 * page is checked with axe-core and photographed into {@code target/screenshots}.
 */
class DashboardEndToEndTests {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CARELOOP_CHROMIUM", "/usr/bin/chromium"));
    private static final Path AXE = Path.of(System.getProperty("careloop.axe", "../dashboard/node_modules/axe-core/axe.min.js"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("careloop.screenshots", "target/screenshots"));

    /** Every page a test opened, photographed when the test fails. */
    private static final List<Page> OPEN_PAGES = new java.util.concurrent.CopyOnWriteArrayList<>();

    @RegisterExtension
    final TestWatcher photographFailures = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            for (int i = 0; i < OPEN_PAGES.size(); i++) {
                OPEN_PAGES.get(i).screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(
                        SCREENSHOTS.resolve("FAILED-" + context.getRequiredTestMethod().getName() + "-" + i + ".png")));
            }
            closePages();
        }

        @Override
        public void testSuccessful(ExtensionContext context) {
            closePages();
        }

        @Override
        public void testAborted(ExtensionContext context, Throwable cause) {
            closePages();
        }
    };

    private static void closePages() {
        OPEN_PAGES.forEach(page -> page.context().close());
        OPEN_PAGES.clear();
    }

    private static Playwright playwright;
    private static Browser browser;
    private static Stack stack;

    @BeforeAll
    static void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Debian's chromium is not installed (apt-get install chromium); .ci/run installs it");
        stack = Stack.get();
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync")));
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void samRefersToSunriseHospiceAndHanaAcceptsItLive() {
        String patient = "Ellen Marsh " + UUID.randomUUID().toString().substring(0, 6);
        String reason = "Wishes to die at home, husband needs night support " + UUID.randomUUID().toString().substring(0, 8);

        Page hana = signIn("hana");
        assertThat(hana).hasURL(Pattern.compile(".*/referrals$"));
        assertThat(hana.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Referral inbox"))).isVisible();
        markPage(hana);

        Page sam = signIn("sam");
        assertThat(sam).hasURL(Pattern.compile(".*/cases$"));
        assertThat(sam.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Caseload"))).isVisible();
        check(sam, "caseload");

        // open a case through the form
        sam.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open a case").setExact(true)).first().click();
        assertThat(sam.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Open a case"))).isVisible();
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open case")).click();
        assertThat(sam.getByRole(AriaRole.ALERT).first()).containsText("Please correct");
        check(sam, "open-case-form-errors");
        String[] names = patient.split(" ", 2);
        sam.getByLabel("Given name").fill(names[0]);
        sam.getByLabel("Family name").fill(names[1]);
        sam.getByLabel("Date of birth").fill("1949-06-12");
        sam.getByLabel("Condition").fill("Pleural mesothelioma");
        sam.getByLabel("Stage").fill("IV");
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open case")).click();
        assertThat(sam.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(patient))).isVisible();
        check(sam, "case-overview");

        // refer it to Sunrise Hospice with the wizard
        sam.getByLabel("Case sections").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Referrals"))
                .click();
        sam.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refer to a service")).click();
        sam.getByLabel("Category").selectOption("hospice");
        sam.getByLabel("Search the directory").fill("home");
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choose Home hospice care")).click();
        assertThat(sam.getByText("Sunrise Hospice").first()).isVisible();
        check(sam, "referral-wizard-service");
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refer to this service")).click();
        sam.getByLabel("Reason for referral").fill(reason);
        sam.getByLabel("Priority").selectOption("urgent");
        sam.getByRole(AriaRole.CHECKBOX).check();
        sam.getByLabel("Consent given by").fill("the patient");
        sam.getByLabel("Consent given on").fill(LocalDate.now().toString());
        check(sam, "referral-wizard-consent");
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send referral")).click();
        assertThat(sam).hasURL(Pattern.compile(".*/cases/[0-9a-f-]+/referrals$"));
        Locator samStatus = sam.getByTestId("referral-status");
        assertThat(samStatus).hasText("Requested");
        markPage(sam);

        // hana's inbox shows it without a reload, and she accepts it
        Locator row = hana.getByTestId("referral-row").filter(new Locator.FilterOptions().setHasText(reason));
        assertThat(row).isVisible();
        assertThat(hana.getByTestId("unread-count")).not().hasText("0");
        assertPageNotReloaded(hana);
        check(hana, "referral-inbox");
        row.getByRole(AriaRole.LINK).click();
        assertThat(hana.getByText(reason)).isVisible();
        assertThat(hana.getByText("the patient")).isVisible();
        check(hana, "referral-detail-hospice");
        hana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
        assertThat(hana.getByTestId("referral-status")).hasText("Accepted");

        // sam sees the acceptance without a reload: the status and a toast
        assertThat(samStatus).hasText("Accepted");
        assertThat(sam.locator(".toast").filter(new Locator.FilterOptions().setHasText("accepted"))).isVisible();
        assertPageNotReloaded(sam);
        check(sam, "case-referrals-accepted");

        sam.getByLabel("Case sections").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Timeline"))
                .click();
        assertThat(sam.getByText("Referral accepted")).isVisible();
        check(sam, "case-timeline");
    }

    @Test
    void sueSeesHerTeamWithItsFigures() {
        Page sue = signIn("sue");
        assertThat(sue).hasURL(Pattern.compile(".*/team$"));
        assertThat(sue.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cases by status"))).isVisible();
        assertThat(sue.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Team caseload"))).isVisible();
        assertThat(sue.locator(".loading")).hasCount(0);
        check(sue, "team");
        sue.setViewportSize(768, 1024); // a tablet in portrait: the same page, nothing cut off
        assertThat(sue.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isInViewport();
        assertThat(sue.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        check(sue, "team-tablet");
    }

    @Test
    void aSignedOutVisitorGoesToTheLoginAndBackToTheAddressAskedFor() {
        Page page = browser.newContext().newPage();
        OPEN_PAGES.add(page);
        page.navigate(stack.gateway.url() + "/referrals?view=all");
        assertThat(page.locator("#kc-login")).isVisible();
        assertThat(page.url()).startsWith(stack.stack.keycloak().baseUrl() + "/realms/careloop/");
        page.locator("#username").fill("hana");
        page.locator("#password").fill("wrong");
        page.locator("#kc-login").click();
        assertThat(page.locator("#input-error, .kc-feedback-text, [id*=error]").first()).isVisible();
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        assertThat(page).hasURL(Pattern.compile(".*/referrals\\?view=all$"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All"))).hasAttribute(
                "aria-current", "page");
        // what the page's scripts can read holds no token (a JWT starts "eyJ"); the session cookie is HttpOnly
        Object readable = page.evaluate("() => document.cookie + JSON.stringify({...localStorage})"
                + " + JSON.stringify({...sessionStorage})");
        assertThat(readable.toString()).contains("XSRF-TOKEN").doesNotContain("eyJ").doesNotContain("CARELOOP_SESSION");
        assertThat(page.context().cookies()).filteredOn(cookie -> cookie.name.equals("CARELOOP_SESSION"))
                .singleElement().satisfies(cookie -> assertThat(cookie.httpOnly).isTrue());
    }

    private Page signIn(String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setBypassCSP(true)); // lets the test inject axe-core; the app itself never needs it
        Page page = context.newPage();
        OPEN_PAGES.add(page);
        page.navigate(stack.gateway.url() + "/");
        assertThat(page.locator("#kc-login")).isVisible(); // Keycloak's own login page
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
        return page;
    }

    /** A reload would clear this mark. */
    private static void markPage(Page page) {
        page.evaluate("() => { window.careloopNotReloaded = true; }");
    }

    private static void assertPageNotReloaded(Page page) {
        assertThat(page.evaluate("() => window.careloopNotReloaded === true")).isEqualTo(true);
    }

    /** axe-core on the page as it is now: no serious or critical violation; and a screenshot of it. */
    private static void check(Page page, String name) {
        assertThat(page.locator(".loading")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
        Object violations = page.evaluate("""
                async () => {
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
                }""");
        assertThat((List<?>) violations).as("axe-core on " + name).isEmpty();
    }
}
