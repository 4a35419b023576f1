package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.careloop.servers.FileTrees;
import org.careloop.servers.OwnedProcess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real browser (Debian's chromium) against the whole stack: people sign in on Keycloak's own
 * page, work through the gateway, and see each other's changes live, without reloading; every main page is checked
 * with axe-core and photographed into {@code target/screenshots}. The browser is driven by Playwright's npm package
 * ({@code browser/tests/dashboard.spec.ts}), which follows new chromium releases within weeks, where Playwright for
 * Java on Maven Central lags behind (its 1.62 hung at sign-in with chromium 156: issue 14). This class starts the
 * stack, runs those tests against it, and fails with their report when one fails.
 */
class DashboardEndToEndTests {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CARELOOP_CHROMIUM", "/usr/bin/chromium"));
    private static final Path BROWSER_TESTS = Path.of(System.getProperty("careloop.browser-tests", "browser"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("careloop.screenshots", "target/screenshots"));

    @Test
    void theDashboardWorksInChromiumForEveryoneWhoUsesIt() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Debian's chromium is not installed (apt-get install chromium); .ci/run installs it");
        Path playwright = BROWSER_TESTS.resolve("node_modules/.bin/playwright");
        assertThat(playwright).as("the browser tests' npm packages (the build runs npm ci in system-tests/browser)")
                .isExecutable();
        Stack stack = Stack.get();
        FileTrees.deleteRecursively(SCREENSHOTS); // what is there afterwards, this run made
        Path report = Path.of("target", "browser-tests.log").toAbsolutePath();
        ProcessBuilder run = new ProcessBuilder(playwright.toAbsolutePath().toString(), "test")
                .directory(BROWSER_TESTS.toFile())
                .redirectErrorStream(true)
                .redirectOutput(report.toFile());
        run.environment().putAll(java.util.Map.of(
                "CARELOOP_GATEWAY_URL", stack.gateway.url(),
                "CARELOOP_KEYCLOAK_URL", stack.stack.keycloak().baseUrl(),
                "CARELOOP_CHROMIUM", CHROMIUM.toString(),
                "CARELOOP_SCREENSHOTS", SCREENSHOTS.toAbsolutePath().toString(),
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                "CI", "1"));
        OwnedProcess tests = OwnedProcess.start(run, Duration.ofSeconds(10));
        boolean ended = tests.waitFor(Duration.ofMinutes(8));
        if (!ended) {
            tests.stop();
        }
        String output = Files.readString(report);
        System.out.println(output);
        assertThat(ended).as("the browser tests ended within 8 minutes:\n%s", output).isTrue();
        assertThat(tests.exitValue()).as("the browser tests' exit status; their report:\n%s", output).isZero();
        // the four scenarios ran, none was skipped
        assertThat(output).contains("4 passed").doesNotContain("skipped");
        assertThat(SCREENSHOTS.resolve("case-timeline.png")).exists();
        assertThat(List.of("caseload", "referral-inbox", "referral-thread", "admin-directory", "directory-service",
                "referral-wizard-waiting-list", "team-tablet"))
                .allSatisfy(page -> assertThat(SCREENSHOTS.resolve(page + ".png")).exists());
    }
}
