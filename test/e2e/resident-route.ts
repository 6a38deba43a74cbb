// SPDX-License-Identifier: EUPL-1.2
/**
 * Scenario 02, "The worried neighbour" (resident-*.e2e.ts): the Veilig Thuis her reports go to and its
 * intake worker, the resident's words, and her route from the home page through the options and the form
 * to the receipt code and the status page, with a record of every request her browser makes.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect } from 'vitest';
import { GUIDANCE_PAGES } from '#src/modules/guidance/guidance.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { type BrowserSession, useBrowserSession } from './browser.ts';
import { appCode, insertStaff, signInWithCode } from './staff-accounts.ts';
import { axe, shot, textOf } from './walk.ts';

const t = messages('nl');
const res = t.reports.resident;
const HOME = localePath('nl', GUIDANCE_PAGES.find((p) => p.id === 'home')?.path ?? '/');

let session: BrowserSession;

const PASSWORD = 'een lange zin als wachtwoord voor veilig thuis';

/** The intake worker of the region's Veilig Thuis. */
export const AHMED = { name: 'Ahmed El Amrani', email: 'ahmed.elamrani@veiligthuis-nv.example' } as const;
let ahmedSecret = '';

/** The code Ahmed's authenticator app shows (the next half-minute's when this one's was used). */
async function ahmedCode(): Promise<string> {
  return appCode(session.server.app, AHMED.email, ahmedSecret);
}

/** Signs Ahmed in, with the password and the code of his authenticator app. */
export async function signInAhmed(page: Page): Promise<void> {
  await signInWithCode(page, session.server.baseUrl, AHMED.email, PASSWORD, ahmedCode);
}

/**
 * Registers the calling test file's browser session (browser.ts), which the route's helpers use, and
 * inserts the Veilig Thuis the municipality's content names (the resident's reports go there) and Ahmed,
 * its intake worker, with a second factor.
 */
export function useResidentSession(): BrowserSession {
  session = useBrowserSession();
  beforeAll(async () => {
    const { app } = session.server;
    const secrets = await insertStaff(
      app,
      PASSWORD,
      { vt: { name: app.kring.web.municipality.veiligThuis.name, type: 'veiligThuis' } },
      { ahmed: { ...AHMED, org: 'vt', role: 'intakeWorker' } },
    );
    ahmedSecret = secrets.get('ahmed')!;
  });
  return session;
}

/** A receipt code as Kring shows it: 30 symbols of Crockford base32 in six groups of five. */
export const RECEIPT_CODE = /^[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){5}$/;

export const HALFWAY = 'Al een paar weken hoor ik ’s avonds laat';
export const WHAT =
  'Al een paar weken hoor ik ’s avonds laat geschreeuw bij de buren. Daarna huilt een klein kind lang. Ik weet niet of het kind veilig is.';
export const WHEN = 'Sinds ongeveer drie weken, bijna elke avond na elf uur.';
export const STREET = 'Stationsstraat 12';
export const POSTCODE = '3841 AB';
export const PLACE = 'Harderwijk';
export const QUESTION = 'Weet u hoe oud het kind is?';
export const ANSWER = 'ongeveer 3';
export const ADVICE =
  'Let op wat u hoort en schrijf het op met de datum. Spreek de buurvrouw aan als dat veilig kan. Hoort u geweld, bel dan 112. U kunt ook een melding doen; uw naam blijft dan geheim.';
export const OTHER_WHAT =
  'Bij ons in de flat staat een oudere man vaak urenlang buiten op de galerij, ook als het koud is.';

/** A request a page made: method, URL, whether it loads a page, and the address of the page asking. */
export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly navigation: boolean;
  readonly from: string;
}

/** Records every request the context's pages make (blocked ones included). */
export function recordRequests(context: BrowserContext): SeenRequest[] {
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
export function foreignRequests(requests: readonly SeenRequest[], exitAllowed: boolean): string[] {
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
export async function toOptions(page: Page, check: boolean): Promise<void> {
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
export async function toAdviceForm(page: Page): Promise<void> {
  await page.getByRole('link', { name: res.options.askAdvice, exact: true }).click();
  await page.getByRole('heading', { name: res.form.titleAdvice, level: 1 }).waitFor();
  expect(await page.getByRole('radio', { name: res.form.kinds.advice, exact: true }).isChecked()).toBe(true);
  expect(await page.getByLabel(res.form.whatHappened, { exact: true }).inputValue(), 'an empty form').toBe('');
}

/** Reads the receipt code off the receipt page and checks its form. */
export async function receiptCode(page: Page, kind: 'advice' | 'report'): Promise<string> {
  await page.getByRole('heading', { name: res.receipt.title, level: 1 }).waitFor();
  expect(await textOf(page.locator('main'))).toContain(res.receipt.lead(res.receipt.kinds[kind]));
  const code = await textOf(page.getByTestId('receipt-code'));
  expect(code).toMatch(RECEIPT_CODE);
  expect(code.replaceAll('-', '')).toHaveLength(30);
  expect(code.split('-').map((group) => group.length)).toEqual([5, 5, 5, 5, 5, 5]);
  return code;
}

/** The status page: the form for the code, then the page it opens. */
export async function lookUp(page: Page, code: string): Promise<void> {
  await page.goto(`${session.server.baseUrl}/zorgen-over-iemand/status`);
  await page.getByRole('heading', { name: res.status.title, level: 1 }).waitFor();
  await page.getByLabel(res.status.code, { exact: true }).fill(code);
  await page.getByRole('button', { name: res.status.submit, exact: true }).click();
  await page.waitForLoadState('load');
}
