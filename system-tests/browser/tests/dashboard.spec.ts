import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { test, expect, type Browser, type Page } from '@playwright/test';

// The dashboard in a real browser against the whole stack: people sign in on Keycloak's own page, work through the
// gateway, and see each other's changes live, without reloading. Every main page is checked with axe-core and
// photographed into the screenshots folder.

const gateway = required('CARELOOP_GATEWAY_URL');
const keycloak = required('CARELOOP_KEYCLOAK_URL');
const screenshots = process.env.CARELOOP_SCREENSHOTS ?? '../target/screenshots';
mkdirSync(screenshots, { recursive: true });
// injected by evaluation, which the page's Content-Security-Policy does not govern: the app runs under its own CSP
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every page a test opened, photographed when the test fails, closed after it. */
const openPages: Page[] = [];

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) {
    for (const [i, page] of openPages.entries()) {
      await page.screenshot({ fullPage: true, path: join(screenshots, `FAILED-${testInfo.title}-${i}.png`), timeout: 10_000 })
        .catch(() => undefined);
    }
  }
  for (const page of openPages.splice(0)) {
    await page.context().close();
  }
});

test('samRefersToSunriseHospiceAndHanaAcceptsItLive', async ({ browser }) => {
  const patient = `Ellen Marsh ${randomUUID().substring(0, 6)}`;
  const reason = `Wishes to die at home, husband needs night support ${randomUUID().substring(0, 8)}`;

  const hana = await signIn(browser, 'hana');
  await expect(hana).toHaveURL(/\/referrals$/);
  await expect(hana.getByRole('heading', { name: 'Referral inbox' })).toBeVisible();
  await markPage(hana);

  const sam = await signIn(browser, 'sam');
  await expect(sam).toHaveURL(/\/cases$/);
  await expect(sam.getByRole('heading', { name: 'Caseload' })).toBeVisible();
  await check(sam, 'caseload');

  // open a case through the form
  await sam.getByRole('link', { name: 'Open a case', exact: true }).first().click();
  await expect(sam.getByRole('heading', { name: 'Open a case' })).toBeVisible();
  await sam.getByRole('button', { name: 'Open case' }).click();
  await expect(sam.getByRole('alert').first()).toContainText('Please correct');
  await check(sam, 'open-case-form-errors');
  const [givenName, familyName] = [patient.substring(0, patient.indexOf(' ')), patient.substring(patient.indexOf(' ') + 1)];
  await sam.getByLabel('Given name').fill(givenName);
  await sam.getByLabel('Family name').fill(familyName);
  await sam.getByLabel('Date of birth').fill('1949-06-12');
  await sam.getByLabel('Condition').fill('Pleural mesothelioma');
  await sam.getByLabel('Stage').fill('IV');
  await sam.getByRole('button', { name: 'Open case' }).click();
  await expect(sam.getByRole('heading', { name: patient })).toBeVisible();
  await check(sam, 'case-overview');

  // refer it to Sunrise Hospice with the wizard
  await sam.getByLabel('Case sections').getByRole('link', { name: 'Referrals' }).click();
  await sam.getByRole('link', { name: 'Refer to a service' }).click();
  await sam.getByRole('tab', { name: 'Hospice' }).click();
  await sam.getByLabel('Search the directory').fill('home');
  await sam.getByRole('button', { name: 'Choose Home hospice care' }).click();
  await expect(sam.getByText('Sunrise Hospice').first()).toBeVisible();
  await check(sam, 'referral-wizard-service');
  await sam.getByRole('button', { name: 'Refer to this service' }).click();
  await sam.getByLabel('Reason for referral').fill(reason);
  await sam.getByLabel('Priority').selectOption('urgent');
  await sam.getByRole('checkbox', { name: /Consent to share/ }).check();
  await sam.getByLabel('Consent given by').fill('the patient');
  await sam.getByLabel('Consent given on').fill(new Date().toISOString().substring(0, 10));
  // what will be shared: the patient consented to who he is and his diagnosis, not to contact details
  const sharing = sam.getByRole('group', { name: 'What will be shared' });
  await expect(sharing.getByRole('group', { name: 'Identity' })).toContainText(patient);
  await sharing.getByRole('checkbox', { name: /Share identity/ }).check();
  await sharing.getByRole('checkbox', { name: /Share clinical/ }).check();
  await sam.getByLabel(/Note for the service/).fill('Mornings are the best time to call.');
  await check(sam, 'referral-wizard-consent');
  await sam.getByRole('button', { name: 'Send referral' }).click();
  await expect(sam).toHaveURL(/\/cases\/[0-9a-f-]+\/referrals$/);
  const samStatus = sam.getByTestId('referral-status');
  await expect(samStatus).toHaveText('Requested');
  await markPage(sam);

  // hana's inbox shows it without a reload, and she accepts it
  const row = hana.getByTestId('referral-row').filter({ hasText: reason });
  await expect(row).toBeVisible();
  await expect(row).toContainText(familyName); // identity was shared
  await expect(hana.getByTestId('unread-count')).not.toHaveText('0');
  await expectPageNotReloaded(hana);
  await check(hana, 'referral-inbox');
  await row.getByRole('link').click();
  await expect(hana.getByText(reason)).toBeVisible();
  await expect(hana.getByText('the patient').first()).toBeVisible();
  // her intake starts from what was shared, and only that
  await expect(hana.getByRole('region', { name: 'Who' })).toContainText(patient);
  await expect(hana.getByRole('region', { name: 'Diagnosis' })).toContainText('Pleural mesothelioma');
  await expect(hana.getByRole('region', { name: 'How to reach them' })).toContainText('Not shared');
  await expect(hana.getByText('Mornings are the best time to call.')).toBeVisible();
  await check(hana, 'referral-detail-hospice');
  await hana.getByRole('button', { name: 'Accept' }).click();
  await expect(hana.getByTestId('referral-status')).toHaveText('Accepted');
  await hana.getByLabel('Your message').fill('Can our nurse visit on Thursday at 10:00?');
  await hana.getByRole('button', { name: 'Send message' }).click();
  await expect(hana.getByRole('log', { name: 'Messages' })).toContainText('Thursday at 10:00');

  // sam sees the acceptance without a reload: the status and a toast
  await expect(samStatus).toHaveText('Accepted');
  await expect(sam.locator('.toast').filter({ hasText: 'accepted' })).toBeVisible();
  await expectPageNotReloaded(sam);
  await check(sam, 'case-referrals-accepted');

  // the conversation: sam opens the referral, reads hana's message and answers; hana sees it without a reload
  await sam.getByRole('link', { name: 'Hospice', exact: true }).click();
  await expect(sam.getByRole('log', { name: 'Messages' })).toContainText('Thursday at 10:00');
  await sam.getByLabel('Your message').fill('Yes, Thursday works; his wife will be in.');
  await sam.getByRole('button', { name: 'Send message' }).click();
  await expect(hana.getByRole('log', { name: 'Messages' })).toContainText('his wife will be in');
  await expectPageNotReloaded(hana);
  await check(sam, 'referral-thread');
  await sam.goBack();

  await sam.getByLabel('Case sections').getByRole('link', { name: 'Timeline' }).click();
  // the timeline's entry (the acceptance's toast may still be showing the same words)
  await expect(sam.locator('#main').getByText('Referral accepted')).toBeVisible();
  await check(sam, 'case-timeline');
});

test('adamKeepsTheDirectoryAndSamRefersFromItOntoAWaitingList', async ({ browser }) => {
  const suffix = randomUUID().substring(0, 6);
  const organization = `Harbour Lights Respite ${suffix}`;
  const service = `Overnight respite ${suffix}`;

  // adam adds an organization and one of its services, full for now
  const adam = await signIn(browser, 'adam');
  await expect(adam).toHaveURL(/\/admin\/directory$/);
  await expect(adam.getByRole('heading', { name: 'Directory administration' })).toBeVisible();
  await check(adam, 'admin-directory');
  await adam.getByRole('link', { name: 'Add an organization' }).click();
  await adam.getByRole('button', { name: 'Add the organization' }).click();
  await expect(adam.getByLabel(/^Name/)).toHaveAccessibleDescription(/organization’s name/);
  await adam.getByLabel(/^Name/).fill(organization);
  await adam.getByLabel('Intake e-mail').fill('intake@harbour-lights.example');
  await check(adam, 'admin-organization-new');
  await adam.getByRole('button', { name: 'Add the organization' }).click();
  await expect(adam.getByRole('heading', { name: organization })).toBeVisible();
  await adam.getByRole('link', { name: 'Add a service' }).click();
  await adam.getByLabel(/^Name/).fill(service);
  await adam.getByLabel(/^Category/).selectOption('caregiver-support');
  await adam.getByLabel('Description').fill('A night of sleep for the carer: a volunteer stays with the patient.');
  await adam.getByLabel('Service area').fill('Millbrook and the valley');
  await adam.getByLabel(/^Capacity/).selectOption('waitlist');
  await check(adam, 'admin-service-new');
  await adam.getByRole('button', { name: 'Add the service' }).click();
  await expect(adam.getByRole('heading', { name: service })).toBeVisible();
  await adam.reload(); // an admin page opened directly loads the dashboard
  await expect(adam.getByRole('heading', { name: service })).toBeVisible();

  // sam finds it in the directory, sees it keeps a waiting list, and refers one of his cases onto it
  const sam = await signIn(browser, 'sam');
  await sam.getByRole('link', { name: 'Directory', exact: true }).click();
  await sam.getByRole('tab', { name: 'Caregiver support' }).click();
  await sam.getByLabel('Search the directory').fill(suffix);
  await expect(sam.getByRole('heading', { name: service })).toBeVisible();
  await expect(sam.getByText('Waiting list').first()).toBeVisible();
  await check(sam, 'directory');
  await sam.getByRole('link', { name: `Details and referral for ${service}` }).click();
  await expect(sam.getByRole('heading', { name: service })).toBeVisible();
  await expect(sam.getByText('Millbrook and the valley')).toBeVisible();
  await check(sam, 'directory-service');
  const patient = `Nora Quill${suffix}`;
  await openCaseThroughTheApi('sam', 'Nora', `Quill${suffix}`);
  await sam.getByRole('button', { name: 'Refer', exact: true }).click();
  await sam.getByLabel('Patient’s name').fill(`Quill${suffix}`);
  const cases = sam.getByLabel('Refer from the case of');
  const nora = cases.locator('option', { hasText: patient });
  await expect(nora).toHaveCount(1);
  await cases.selectOption((await nora.getAttribute('value'))!);
  await sam.getByRole('button', { name: 'Continue to the referral' }).click();
  await expect(sam.getByRole('heading', { name: 'Refer to the waiting list?' })).toBeVisible();
  await check(sam, 'referral-wizard-waiting-list');
  await sam.getByRole('button', { name: 'Yes, refer to the waiting list' }).click();
  await sam.getByLabel('Reason for referral').fill('Her husband has not slept a full night in three weeks');
  await sam.getByRole('checkbox', { name: /Consent to share/ }).check();
  await sam.getByLabel('Consent given by').fill('the patient');
  await sam.getByRole('button', { name: 'Send referral' }).click();
  await expect(sam).toHaveURL(/\/cases\/[0-9a-f-]+\/referrals$/);
  await expect(sam.getByRole('heading', { name: patient })).toBeVisible();
  await expect(sam.getByTestId('referral-status')).toHaveText('Requested');
});

test('sueSeesHerTeamWithItsFigures', async ({ browser }) => {
  const sue = await signIn(browser, 'sue');
  await expect(sue).toHaveURL(/\/team$/);
  await expect(sue.getByRole('heading', { name: 'Cases by status' })).toBeVisible();
  await expect(sue.getByRole('heading', { name: 'Team caseload' })).toBeVisible();
  await expect(sue.locator('.loading')).toHaveCount(0);
  await check(sue, 'team');
  await sue.setViewportSize({ width: 768, height: 1024 }); // a tablet in portrait: the same page, nothing cut off
  await expect(sue.getByRole('button', { name: 'Sign out' })).toBeInViewport();
  expect(await sue.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await check(sue, 'team-tablet');
});

test('aSignedOutVisitorGoesToTheLoginAndBackToTheAddressAskedFor', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  openPages.push(page);
  await page.goto(`${gateway}/referrals?view=all`);
  await expect(page.locator('#kc-login')).toBeVisible();
  expect(page.url().startsWith(`${keycloak}/realms/careloop/`)).toBe(true);
  await page.locator('#username').fill('hana');
  await page.locator('#password').fill('wrong');
  await page.locator('#kc-login').click();
  await expect(page.locator('#input-error, .kc-feedback-text, [id*=error]').first()).toBeVisible();
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  await expect(page).toHaveURL(/\/referrals\?view=all$/);
  await expect(page.getByRole('link', { name: 'All' })).toHaveAttribute('aria-current', 'page');
  // what the page's scripts can read holds no token (a JWT starts "eyJ"); the session cookie is HttpOnly
  const readable = await page.evaluate(() => document.cookie + JSON.stringify({ ...localStorage })
    + JSON.stringify({ ...sessionStorage }));
  expect(readable).toContain('XSRF-TOKEN');
  expect(readable).not.toContain('eyJ');
  expect(readable).not.toContain('CARELOOP_SESSION');
  const sessionCookies = (await page.context().cookies()).filter(cookie => cookie.name === 'CARELOOP_SESSION');
  expect(sessionCookies).toHaveLength(1);
  expect(sessionCookies[0].httpOnly).toBe(true);
});

/** A person at their own browser window (a context of their own), signed in on Keycloak's own login page. */
async function signIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  openPages.push(page);
  await page.goto(`${gateway}/`);
  await expect(page.locator('#kc-login')).toBeVisible();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  return page;
}

/** A case opened as an API client would (a token of the local realm's careloop-cli client), not through the pages. */
async function openCaseThroughTheApi(username: string, givenName: string, familyName: string) {
  const tokens = await fetch(`${keycloak}/realms/careloop/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'careloop-cli', username, password: 'demo' }),
  });
  expect(tokens.status).toBe(200);
  const { access_token: token } = await tokens.json() as { access_token: string };
  const opened = await fetch(`${gateway}/api/cases`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ patient: { givenName, familyName, dateOfBirth: '1952-05-17' },
      diagnosis: { condition: 'Peritoneal mesothelioma' } }),
  });
  expect(opened.status).toBe(201);
}

/** A reload would clear this mark. */
async function markPage(page: Page) {
  await page.evaluate(() => { (window as unknown as { careloopNotReloaded: boolean }).careloopNotReloaded = true; });
}

async function expectPageNotReloaded(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { careloopNotReloaded?: boolean }).careloopNotReloaded))
    .toBe(true);
}

/** axe-core on the page as it is now: no serious or critical violation; and a screenshot of it. */
async function check(page: Page, name: string) {
  await expect(page.locator('.loading')).toHaveCount(0);
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations
      .filter(v => v.impact === 'serious' || v.impact === 'critical')
      .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
  });
  expect(violations, `axe-core on ${name}`).toEqual([]);
}

type AxeResult = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: DashboardEndToEndTests starts the stack and runs these tests`);
  }
  return value;
}
