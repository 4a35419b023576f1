import { defineConfig } from '@playwright/test';

// Started by DashboardEndToEndTests (system-tests), which starts the whole stack first and passes its addresses.
// Debian's chromium, never a downloaded browser: Playwright's npm package follows new browsers closely, where
// Playwright for Java on Maven Central lags (issue 14: its 1.62 hung at sign-in with chromium 156).
const chromium = process.env.CARELOOP_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './tests',
  outputDir: process.env.CARELOOP_BROWSER_RESULTS ?? '../target/browser-results',
  // the tests share one stack: run one at a time, and keep going past a failure to see every one
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.CARELOOP_GATEWAY_URL,
    viewport: { width: 1280, height: 900 },
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
});
