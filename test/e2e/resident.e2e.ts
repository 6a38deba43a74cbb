// SPDX-License-Identifier: EUPL-1.2
/**
 * Scenario 02, "The worried neighbour", in the browser (issue 5), on a phone (390 × 844): a resident of
 * Harderwijk without an account chooses "Zorgen over iemand?" in the navigation, answers that nobody
 * is in danger right now, reads her options with Veilig Thuis's number, starts the advice form and,
 * when her partner walks in, presses Shift three times: the neutral site replaces the page. Later she
 * starts again and asks advice anonymously (what she heard, when, the address, no name) and gets a
 * receipt code of 30 symbols in groups of five. The intake worker of Veilig Thuis Noord-Veluwe asks
 * "Weet u hoe oud het kind is?"; with her code she sees the question and answers "ongeveer 3"; the
 * intake worker reads the answer and gives advice; with her code she reads "Advies gegeven" and the
 * advice.
 *
 * Checked on the way: another resident's receipt code shows nothing of hers and a made-up code is
 * "unknown"; nothing she sent holds an IP address or her browser's user agent; every resident page has
 * zero axe violations (WCAG 2.2 AA); every request of her browser goes to Kring (the quick exit's
 * neutral site is answered locally, see guarded-context.ts). In a second test, the whole route works without
 * JavaScript and the exit link still leaves for the neutral site.
 *
 * Screenshots of the resident's pages and the intake's page go to /tmp/kring-shots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { encryptSecret } from '#src/core/secrets.ts';
import { GUIDANCE_PAGES } from '#src/modules/guidance/guidance.ts';
import { insertOrganisation } from '#src/modules/identity/admin.repository.ts';
import {
  findUserByEmail,
  insertMembership,
  insertUser,
  updateUser,
} from '#src/modules/identity/identity.repository.ts';
import { hashPassword } from '#src/modules/identity/password.ts';
import { newTotpSecret, totpCode, totpStep } from '#src/modules/identity/totp.ts';
import { newReceiptCode, receiptHash } from '#src/modules/reports/receipt.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { axeViolations } from './accessibility.ts';
import { useBrowserSession } from './browser.ts';
import { type GuardedContext, NEUTRAL_TITLE, newGuardedContext, PHONE_VIEWPORT } from './guarded-context.ts';
import { escapeRegExp } from './page-tools.ts';
import { waitForQuickExitReady } from './quick-exit-probes.ts';

const t = messages('nl');
const rt = t.reports;
const res = rt.resident;
const session = useBrowserSession();

const SHOTS = '/tmp/kring-shots';
const PASSWORD = 'een lange zin als wachtwoord voor veilig thuis';
const HOME = localePath('nl', GUIDANCE_PAGES.find((p) => p.id === 'home')?.path ?? '/');

/** The intake worker of the region's Veilig Thuis. */
const AHMED = { name: 'Ahmed El Amrani', email: 'ahmed.elamrani@veiligthuis-nv.example' } as const;
let ahmedSecret = '';

/** A receipt code as Kring shows it: 30 symbols of Crockford base32 in six groups of five. */
const RECEIPT_CODE = /^[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){5}$/;

const HALFWAY = 'Al een paar weken hoor ik ’s avonds laat';
const WHAT =
  'Al een paar weken hoor ik ’s avonds laat geschreeuw bij de buren. Daarna huilt een klein kind lang. Ik weet niet of het kind veilig is.';
const WHEN = 'Sinds ongeveer drie weken, bijna elke avond na elf uur.';
const STREET = 'Stationsstraat 12';
const POSTCODE = '3841 AB';
const PLACE = 'Harderwijk';
const QUESTION = 'Weet u hoe oud het kind is?';
const ANSWER = 'ongeveer 3';
const ADVICE =
  'Let op wat u hoort en schrijf het op met de datum. Spreek de buurvrouw aan als dat veilig kan. Hoort u geweld, bel dan 112. U kunt ook een melding doen; uw naam blijft dan geheim.';
const OTHER_WHAT = 'Bij ons in de flat staat een oudere man vaak urenlang buiten op de galerij, ook als het koud is.';

/** The Veilig Thuis the municipality's content names, and Ahmed, its intake worker, with a second factor. */
beforeAll(async () => {
  const { app } = session.server;
  const now = new Date();
  const passwordHash = await hashPassword(PASSWORD);
  ahmedSecret = newTotpSecret();
  await app.kring.database.db.transaction().execute(async (trx) => {
    const vt = await insertOrganisation(trx, {
      name: app.kring.web.municipality.veiligThuis.name,
      type: 'veiligThuis',
      now,
    });
    const id = await insertUser(trx, { email: AHMED.email, displayName: AHMED.name, passwordHash, now });
    await updateUser(trx, id, {
      totp_secret: encryptSecret(app.kring.keys.totpKey, ahmedSecret),
      totp_enrolled_at: now,
    });
    await insertMembership(trx, { userId: id, organisationId: vt!, role: 'intakeWorker', now });
  });
});

/** The code Ahmed's authenticator app shows (the next half-minute's when this one's was used). */
async function ahmedCode(): Promise<string> {
  const user = await findUserByEmail(session.server.app.kring.database.db, AHMED.email);
  const last = user?.totp_last_step === null || user?.totp_last_step === undefined ? -1 : Number(user.totp_last_step);
  const now = new Date();
  const at = totpStep(now) > last ? now : new Date((last + 1) * 30_000 + 1_000);
  return totpCode(ahmedSecret, at);
}

async function signInAhmed(page: Page): Promise<void> {
  const s = t.staff.signIn;
  await page.goto(`${session.server.baseUrl}/inloggen`);
  await page.getByLabel(s.email).fill(AHMED.email);
  await page.getByLabel(s.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: s.submit }).click();
  await expect.poll(() => page.url()).toContain('/inloggen/code');
  await page.getByLabel(s.code, { exact: true }).fill(await ahmedCode());
  await page.getByRole('button', { name: s.confirm }).click();
  await expect.poll(() => page.url()).toContain('/mijn-kring');
}

/** The pages axe checked. */
const axeChecked: string[] = [];

/** Runs axe (WCAG 2.2 AA and best practice); a violation fails the test but the walk goes on. */
async function axe(page: Page, label: string): Promise<void> {
  await page.waitForLoadState('load');
  axeChecked.push(label);
  expect.soft(await axeViolations(page), `axe violations on ${label}`).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** An element's text, white space collapsed. */
async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** A request a page made: method, URL, whether it loads a page, and the address of the page asking. */
interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly navigation: boolean;
  readonly from: string;
}

/** Records every request the context's pages make (blocked ones included). */
function recordRequests(context: BrowserContext): SeenRequest[] {
  const seen: SeenRequest[] = [];
  context.on('request', (request) => {
    let from = '';
    try {
      from = request.frame().url();
    } catch {
      from = '';
    }
    seen.push({ method: request.method(), url: request.url(), navigation: request.isNavigationRequest(), from });
  });
  return seen;
}

/**
 * The requests that went anywhere but Kring, as "METHOD URL (from PAGE)". When `exitAllowed`, the
 * quick exit's navigation to the neutral site is allowed, and what that (local stand-in) site itself
 * asks for; never a request a Kring page makes to it.
 */
function foreignRequests(requests: readonly SeenRequest[], exitAllowed: boolean): string[] {
  const kring = new URL(session.server.baseUrl).origin;
  const neutral = new URL(session.server.exitUrl).origin;
  return requests
    .filter((request) => {
      const origin = new URL(request.url).origin;
      if (origin === kring) return false;
      if (!exitAllowed || origin !== neutral) return true;
      const fromKring = request.from.startsWith(`${kring}/`);
      return !(request.navigation && request.url === session.server.exitUrl) && fromKring;
    })
    .map((request) => `${request.method} ${request.url} (from ${request.from})`);
}

/** From the home page: the navigation's "Zorgen over iemand?", "no danger now", the options. */
async function toOptions(page: Page, check: boolean): Promise<void> {
  await page.goto(`${session.server.baseUrl}${HOME}`);
  await page
    .getByRole('navigation', { name: t.layout.mainNav })
    .getByRole('link', { name: res.navTitle, exact: true })
    .click();
  await page.getByRole('heading', { name: res.start.title, level: 1 }).waitFor();
  if (check) {
    await axe(page, 'zorgen over iemand: start');
    await shot(page, 'resident-start');
    // Verder without an answer: the error says what to do and the question gets the focus.
    await page.getByRole('button', { name: res.start.submit }).click();
    await page.waitForLoadState('load');
    await page.getByRole('heading', { name: res.start.title, level: 1 }).waitFor();
    const summary = page.getByRole('alert').filter({ hasText: t.components.errorSummaryTitle });
    expect
      .soft(await summary.getByRole('link').allInnerTexts(), '"Verder" without an answer says what to do')
      .toEqual([res.start.error]);
    await axe(page, 'zorgen over iemand: start, zonder antwoord verder');
  }
  const danger = page.getByRole('group', { name: res.start.question });
  await danger.getByRole('radio', { name: res.start.no, exact: true }).check();
  await page.getByRole('button', { name: res.start.submit }).click();
  await page.getByRole('heading', { name: res.options.title, level: 1 }).waitFor();
}

/** From the options: the advice form, empty. */
async function toAdviceForm(page: Page): Promise<void> {
  await page.getByRole('link', { name: res.options.askAdvice, exact: true }).click();
  await page.getByRole('heading', { name: res.form.titleAdvice, level: 1 }).waitFor();
  expect(await page.getByRole('radio', { name: res.form.kinds.advice, exact: true }).isChecked()).toBe(true);
  expect(await page.getByLabel(res.form.whatHappened, { exact: true }).inputValue(), 'an empty form').toBe('');
}

/** Reads the receipt code off the receipt page and checks its form. */
async function receiptCode(page: Page, kind: 'advice' | 'report'): Promise<string> {
  await page.getByRole('heading', { name: res.receipt.title, level: 1 }).waitFor();
  expect(await textOf(page.locator('main'))).toContain(res.receipt.lead(res.receipt.kinds[kind]));
  const code = await textOf(page.getByTestId('receipt-code'));
  expect(code).toMatch(RECEIPT_CODE);
  expect(code.replaceAll('-', '')).toHaveLength(30);
  expect(code.split('-').map((group) => group.length)).toEqual([5, 5, 5, 5, 5, 5]);
  return code;
}

/** The status page: the form for the code, then the page it opens. */
async function lookUp(page: Page, code: string): Promise<void> {
  await page.goto(`${session.server.baseUrl}/zorgen-over-iemand/status`);
  await page.getByRole('heading', { name: res.status.title, level: 1 }).waitFor();
  await page.getByLabel(res.status.code, { exact: true }).fill(code);
  await page.getByRole('button', { name: res.status.submit, exact: true }).click();
  await page.waitForLoadState('load');
}

describe('scenario 02: the worried neighbour', () => {
  test('asks Veilig Thuis advice anonymously on her phone, leaving once with Shift, and reads the advice with her code', async () => {
    const { server, browser } = session;
    const base = server.baseUrl;
    const contexts: GuardedContext[] = [];
    const context = async (options: Parameters<typeof newGuardedContext>[2] = {}) => {
      const guard = await newGuardedContext(browser, server, options);
      contexts.push(guard);
      return guard;
    };

    // 1. On her phone, no account: "Zorgen over iemand?" from the home page's navigation.
    // (A form sent with an error, and a made-up code, come back with 400, which Chromium logs.)
    const residentGuard = await context({
      viewport: PHONE_VIEWPORT,
      isMobile: true,
      hasTouch: true,
      allowConsoleErrors: /status of 400/,
    });
    const requests = recordRequests(residentGuard.context);
    const resident = await residentGuard.newPage();
    const userAgent = await resident.evaluate(() => navigator.userAgent);

    // 2. Nobody is in danger right now: the options, with Veilig Thuis day and night on 0800-2000.
    await toOptions(resident, true);
    const phone = server.app.kring.web.municipality.veiligThuis.phone;
    expect(phone.display).toBe('0800-2000');
    expect(await textOf(resident.locator('main'))).toContain(res.options.phone('0800-2000'));
    const call = resident.getByRole('link', { name: res.options.call('0800-2000'), exact: true });
    expect(await call.getAttribute('href')).toBe(`tel:${phone.tel}`);
    for (const title of [res.options.talkTitle, res.options.adviceTitle, res.options.reportTitle]) {
      await resident.getByRole('heading', { name: title, level: 2 }).waitFor();
    }
    await axe(resident, 'zorgen over iemand: wat kunt u doen');
    await shot(resident, 'resident-options');
    // No horizontal scrolling on the phone.
    expect(await resident.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE_VIEWPORT.width,
    );

    // 3. Halfway through the form her partner walks in: Shift three times, and the page is gone.
    await toAdviceForm(resident);
    await waitForQuickExitReady(resident);
    await axe(resident, 'zorgen over iemand: formulier');
    await shot(resident, 'resident-form');
    await resident.getByLabel(res.form.whatHappened, { exact: true }).pressSequentially(HALFWAY);
    for (let i = 0; i < 3; i++) await resident.keyboard.press('Shift');
    await resident.waitForURL(server.exitUrl);
    expect(await resident.title()).toBe(NEUTRAL_TITLE);
    expect(residentGuard.neutralVisits).toHaveLength(1);
    expect(residentGuard.neutralVisits[0]?.referer, 'Referer sent to the neutral site').toBeUndefined();
    expect(
      requests.filter((request) => request.method !== 'GET').map((request) => request.url),
      'nothing of the half-typed form was sent',
    ).toEqual([]);
    // The form's history entry was replaced: Back shows the options, not her half-typed text.
    await resident.goBack();
    expect(new URL(resident.url()).pathname).toBe('/zorgen-over-iemand/wat-kan-ik-doen');

    // Later she comes back and starts again: the form is empty.
    await toOptions(resident, false);
    await toAdviceForm(resident);

    // 4. She asks advice anonymously: what she heard, when, the address; no name of her own.
    const f = res.form;
    await resident.getByLabel(f.whatHappened, { exact: true }).fill(WHAT);
    await resident.getByLabel(f.when, { exact: true }).fill(WHEN);
    await resident.getByRole('group', { name: f.ageGroup }).getByRole('radio', { name: f.ageGroups.child }).check();
    const address = resident.getByRole('group', { name: f.addressLegend });
    await address.getByLabel(f.street, { exact: true }).fill(STREET);
    await address.getByLabel(f.postcode, { exact: true }).fill(POSTCODE);
    await address.getByLabel(f.place, { exact: true }).fill(PLACE);
    await resident.getByRole('group', { name: f.relation }).getByRole('radio', { name: f.relations.neighbour }).check();
    const contact = resident.getByRole('group', { name: f.contactLegend });
    for (const label of [f.name, f.phone, f.email]) {
      expect(await contact.getByLabel(label, { exact: true }).inputValue(), `${label} left empty`).toBe('');
    }
    await resident.getByRole('button', { name: f.submit, exact: true }).click();
    const code = await receiptCode(resident, 'advice');
    expect(await textOf(resident.locator('main'))).toContain(res.receipt.keep);
    await axe(resident, 'zorgen over iemand: ontvangstcode');
    await shot(resident, 'resident-receipt');

    // Nothing Kring keeps of her request holds an IP address or her browser's user agent.
    const db = server.app.kring.database.db;
    const stored = await db
      .selectFrom('vt_report')
      .selectAll()
      .where('receipt_hash', '=', receiptHash(code))
      .executeTakeFirstOrThrow();
    expect(stored.kind).toBe('advice');
    expect(stored.source).toBe('resident');
    const audits = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('participant_object_id', '=', stored.id)
      .execute();
    expect(audits.map((row) => row.event_type_code)).toEqual(['report.receive.resident.advice']);
    const kept = JSON.stringify([
      stored,
      await db.selectFrom('vt_reporter').selectAll().where('report_id', '=', stored.id).execute(),
      await db.selectFrom('vt_report_event').selectAll().where('report_id', '=', stored.id).execute(),
      await db.selectFrom('vt_report_subject').selectAll().where('report_id', '=', stored.id).execute(),
      audits,
    ]);
    expect(kept).toContain(WHAT);
    for (const trace of ['127.0.0.1', userAgent, 'HeadlessChrome', 'Mozilla/']) {
      expect(kept, `stored with the request: ${trace}`).not.toContain(trace);
    }

    // 5. The intake worker reads the request and asks how old the child is.
    const r = rt.report;
    const ahmed = await (await context()).newPage();
    await signInAhmed(ahmed);
    await ahmed.getByRole('navigation', { name: t.layout.mainNav }).getByRole('link', { name: rt.nav }).click();
    await ahmed.getByRole('heading', { name: rt.inbox.title, level: 1 }).waitFor();
    const row = ahmed.getByTestId('inbox').locator('tbody tr');
    expect(await row.count()).toBe(1);
    const cells = (await row.locator('td').allInnerTexts()).map((x) => x.replace(/\s+/g, ' ').trim());
    expect(cells.slice(0, 3)).toEqual([String(stored.number), rt.kinds.advice, rt.sources.resident]);
    await ahmed.getByRole('link', { name: rt.inbox.open(stored.number) }).click();
    await ahmed.getByRole('heading', { name: r.title(rt.kinds.advice, stored.number), level: 1 }).waitFor();
    const content = await textOf(ahmed.locator('.kring-report__content'));
    for (const line of [
      `${r.whatHappened}: ${WHAT}`,
      `${r.when}: ${WHEN}`,
      `${r.ageGroup}: ${f.ageGroups.child}`,
      `${r.address}: ${STREET}, ${POSTCODE} ${PLACE}`,
      `${r.relation}: ${f.relations.neighbour}`,
    ]) {
      expect(content).toContain(line);
    }
    const reporter = await textOf(ahmed.getByRole('region', { name: r.reporter }));
    expect(reporter).toContain(r.reporterAnonymous);
    expect(reporter).toContain(r.reporterResidentUnknown);
    await axe(ahmed, 'veilig thuis: adviesvraag van een inwoner');
    const ask = ahmed.getByRole('region', { name: r.askTitle });
    await ask.getByLabel(r.askText, { exact: true }).fill(QUESTION);
    await ask.getByRole('button', { name: r.askSubmit }).click();
    await ahmed.getByText(r.notices.asked, { exact: true }).waitFor();
    await shot(ahmed, 'intake-resident-question');

    // 6. The resident opens the status from the receipt page (the code goes along, not typed again),
    //    sees the question and answers.
    await resident.getByRole('button', { name: res.receipt.statusButton }).click();
    const heading = res.status.heading(res.receipt.kinds.advice, stored.number);
    await resident.getByRole('heading', { name: heading, level: 1 }).waitFor();
    expect(await textOf(resident.getByTestId('resident-status'))).toBe(res.status.statuses.received);
    expect(await textOf(resident.getByTestId('question-waiting'))).toBe(res.status.questionWaiting);
    await resident.getByText(QUESTION, { exact: true }).waitFor();
    await axe(resident, 'zorgen over iemand: status met een vraag');
    await shot(resident, 'resident-status-question');
    await resident.getByLabel(res.status.answer, { exact: true }).fill(ANSWER);
    await resident.getByRole('button', { name: res.status.answerSubmit }).click();
    await resident.getByText(res.status.answered, { exact: true }).waitFor();
    expect(await textOf(resident.locator('main'))).toContain(`${res.status.yourAnswer}: ${ANSWER}`);
    expect(await resident.getByLabel(res.status.answer, { exact: true }).count(), 'answered once').toBe(0);
    // The receipt code never appears in an address.
    const plain = code.replaceAll('-', '');
    expect(requests.filter((request) => request.url.includes(plain) || request.url.includes(code))).toEqual([]);

    // The intake worker sees the answer in the history and gives advice.
    await ahmed.reload();
    const history = (await ahmed.locator('ol.kring-events').last().locator(':scope > li').allInnerTexts()).map((x) =>
      x.replace(/\s+/g, ' ').trim(),
    );
    expect(history).toHaveLength(3);
    expect(history[1]).toMatch(new RegExp(`^${escapeRegExp(r.events.question)} · .*, ${escapeRegExp(AHMED.name)} `));
    expect(history[1]).toContain(QUESTION);
    expect(history[2]).toMatch(new RegExp(`^${escapeRegExp(r.events.answer)} · .*, ${escapeRegExp(r.resident)} `));
    expect(history[2]).toContain(ANSWER);
    const give = ahmed.getByRole('region', { name: r.adviceTitle });
    await give.getByLabel(r.adviceText, { exact: true }).fill(ADVICE);
    await give.getByRole('button', { name: r.adviceSubmit }).click();
    await ahmed.getByText(r.notices.advised, { exact: true }).waitFor();
    expect(await textOf(ahmed.getByTestId('report-status'))).toBe(`${rt.statuses.closed} · ${rt.outcomes.adviceGiven}`);

    // Later she looks again (typed as she reads it out: lower case, spaces for the dashes).
    await lookUp(resident, code.toLowerCase().replaceAll('-', ' '));
    await resident.getByRole('heading', { name: heading, level: 1 }).waitFor();
    expect(await textOf(resident.getByTestId('resident-status'))).toBe(res.status.statuses.adviceGiven);
    expect(await textOf(resident.getByTestId('resident-advice'))).toBe(ADVICE);
    expect(await textOf(resident.locator('main'))).toContain(`${res.status.yourAnswer}: ${ANSWER}`);
    await axe(resident, 'zorgen over iemand: status met advies');
    await shot(resident, 'resident-status-advice');

    // (a) Another resident's receipt code shows nothing of hers; a made-up code opens nothing.
    const neighbourGuard = await context({ viewport: PHONE_VIEWPORT, isMobile: true, hasTouch: true });
    const neighbourRequests = recordRequests(neighbourGuard.context);
    const neighbour = await neighbourGuard.newPage();
    await neighbour.goto(`${base}/zorgen-over-iemand/formulier?soort=melding`);
    await neighbour.getByRole('heading', { name: f.titleReport, level: 1 }).waitFor();
    await axe(neighbour, 'zorgen over iemand: formulier melding');
    await neighbour.getByLabel(f.whatHappened, { exact: true }).fill(OTHER_WHAT);
    await neighbour.getByRole('group', { name: f.ageGroup }).getByRole('radio', { name: f.ageGroups.older }).check();
    await neighbour.getByRole('button', { name: f.submit, exact: true }).click();
    const otherCode = await receiptCode(neighbour, 'report');
    expect(otherCode).not.toBe(code);
    await lookUp(resident, otherCode);
    const otherHeading = resident.getByRole('heading', { level: 1 });
    expect(await textOf(otherHeading)).toBe(res.status.heading(res.receipt.kinds.report, stored.number + 1));
    const otherPage = await textOf(resident.locator('main'));
    for (const hers of [QUESTION, ANSWER, ADVICE.slice(0, 40), WHAT.slice(0, 40), STREET]) {
      expect(otherPage, `another code shows ${hers}`).not.toContain(hers);
    }
    expect(otherPage).toContain(res.status.noQuestions);

    let madeUp = newReceiptCode();
    while (madeUp === code || madeUp === otherCode) madeUp = newReceiptCode();
    await lookUp(resident, madeUp);
    const unknown = resident.getByRole('alert').filter({ hasText: t.components.errorSummaryTitle });
    await expect.poll(() => unknown.getByRole('link').allInnerTexts()).toEqual([res.status.unknown]);
    expect(await resident.getByLabel(res.status.code, { exact: true }).inputValue(), 'her typing kept').toBe(madeUp);
    for (const hers of [QUESTION, ANSWER, ADVICE.slice(0, 40), OTHER_WHAT.slice(0, 40)]) {
      expect(await textOf(resident.locator('main'))).not.toContain(hers);
    }
    await axe(resident, 'zorgen over iemand: onbekende code');
    await shot(resident, 'resident-status-unknown');

    // The danger page (the other answer to the first question) is on the route too.
    await neighbour.goto(`${base}/zorgen-over-iemand?gevaar=ja`);
    await neighbour.getByRole('heading', { name: res.danger.title, level: 1 }).waitFor();
    expect(await neighbour.getByRole('link', { name: res.danger.call }).getAttribute('href')).toBe(
      `tel:${server.app.kring.web.municipality.emergency.tel}`,
    );
    await axe(neighbour, 'zorgen over iemand: direct gevaar');

    // (d) Every request of the residents' browsers went to Kring, but for the one to the neutral site.
    expect(foreignRequests(requests, true), 'requests to other origins').toEqual([]);
    expect(requests.filter((request) => request.navigation && request.url === server.exitUrl)).toHaveLength(1);
    expect(foreignRequests(neighbourRequests, false), 'requests to other origins').toEqual([]);

    for (const guard of contexts) await guard.close();
  }, 90_000);

  test('(b) without JavaScript: start, options, form, send, receipt, and the exit link still leaves', async () => {
    const { server, browser } = session;
    const guard = await newGuardedContext(browser, server, {
      viewport: PHONE_VIEWPORT,
      javaScriptEnabled: false,
      allowConsoleErrors: /status of 400/,
    });
    const requests = recordRequests(guard.context);
    const page = await guard.newPage();
    await toOptions(page, false);
    await toAdviceForm(page);
    // The form says "Alleen de beschrijving is verplicht": the description alone must do.
    await page.getByLabel(res.form.whatHappened, { exact: true }).fill(WHAT);
    await page.getByRole('button', { name: res.form.submit, exact: true }).click();
    await page.waitForLoadState('load');
    const sentWithDescriptionOnly = (await page.getByTestId('receipt-code').count()) === 1;
    expect.soft(sentWithDescriptionOnly, `sent with only the description (${res.form.lead})`).toBe(true);
    if (!sentWithDescriptionOnly) {
      // Refused: what she typed is kept; she chooses who it is about and sends again.
      expect(await page.getByLabel(res.form.whatHappened, { exact: true }).inputValue()).toBe(WHAT);
      await page
        .getByRole('group', { name: res.form.ageGroup })
        .getByRole('radio', { name: res.form.ageGroups.child })
        .check();
      await page.getByRole('button', { name: res.form.submit, exact: true }).click();
    }
    const code = await receiptCode(page, 'advice');
    await lookUp(page, code);
    expect(await textOf(page.getByTestId('resident-status'))).toBe(res.status.statuses.received);

    // The exit link is a plain link to the neutral site.
    const exit = page.getByRole('link', { name: new RegExp(`^${escapeRegExp(t.quickExit.button)}\\b`) });
    expect(await exit.getAttribute('href')).toBe(server.exitUrl);
    await exit.click();
    await page.waitForURL(server.exitUrl);
    expect(await page.title()).toBe(NEUTRAL_TITLE);
    expect(guard.neutralVisits).toHaveLength(1);
    expect(foreignRequests(requests, true), 'requests to other origins').toEqual([]);
    await guard.close();
  }, 30_000);
});
