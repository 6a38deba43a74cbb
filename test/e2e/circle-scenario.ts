// SPDX-License-Identifier: EUPL-1.2
/**
 * Scenario 04, "Two organisations, one boy" (circle-scenario.e2e.ts): the demo accounts it uses,
 * signing in as them at Kring's (movable) clock, the dates they type, what every page sent to the
 * browser (so the BSN can be looked for in all of it), the development outbox, and the search of
 * the whole database for the BSN in clear.
 */
import { sql } from 'kysely';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { decryptSecret } from '#src/core/secrets.ts';
import { findUserByEmail } from '#src/modules/identity/identity.repository.ts';
import { DEMO_PASSWORD } from '#src/modules/identity/identity.seed.ts';
import { totpCode, totpStep } from '#src/modules/identity/totp.ts';
import { messages } from '#src/web/i18n/messages.ts';
import type { TestClock } from '#test/agent.ts';
import type { KringServer } from './kring-server.ts';
import { textOf } from './walk.ts';

const t = messages('nl');

/** The people of the scenario: demo accounts (identity.seed.ts), written out here by hand. */
export const FEMKE = {
  email: 'zorgcoordinator@demo.kring.nl',
  name: 'Femke de Boer',
  organisation: 'Veluwe College (demo)',
  role: 'Zorgcoördinator',
  phone: '0341 555 201',
} as const;
export const JOOST = {
  email: 'jeugdzorg@demo.kring.nl',
  name: 'Joost Hendriks',
  organisation: 'Jeugdzorg Veluwe (demo)',
  role: 'Jeugdhulpverlener',
  phone: '0578 555 302',
} as const;
export const TRAINER = { email: 'trainer@demo.kring.nl', name: 'Youssef de Trainer' } as const;
export const CIRCLE_COORDINATOR = { email: 'kringregie@demo.kring.nl', name: 'Ilse Kringcoördinator' } as const;

/**
 * Milan's BSN, invented. The 11-proef by hand: 2·9 + 4·8 + 6·7 + 8·6 + 1·5 + 3·4 + 5·3 + 9·2 =
 * 18 + 32 + 42 + 48 + 5 + 12 + 15 + 18 = 190, and 190 − 3 = 187 = 17 · 11.
 */
export const MILAN_BSN = '246813593';

const DAY = 24 * 60 * 60 * 1000;

/** A calendar date in Amsterdam, as the date fields take it and as ISO. */
export interface FieldDate {
  readonly day: string;
  readonly month: string;
  readonly year: string;
  readonly iso: string;
}

/** The calendar date in Amsterdam `days` from Kring's today (negative: in the past). */
export function kringDate(clock: TestClock, days: number): FieldDate {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(clock.now().getTime() + days * DAY),
  );
  const [year, month, day] = iso.split('-') as [string, string, string];
  return { day: String(Number(day)), month: String(Number(month)), year, iso };
}

/** Milan's date of birth: 13 years and 120 days before Kring's today, so he is 13. */
export function milanBorn(clock: TestClock): FieldDate {
  const today = kringDate(clock, 0);
  const date = new Date(Date.UTC(Number(today.year) - 13, Number(today.month) - 1, Number(today.day) - 120));
  return {
    day: String(date.getUTCDate()),
    month: String(date.getUTCMonth() + 1),
    year: String(date.getUTCFullYear()),
    iso: date.toISOString().slice(0, 10),
  };
}

/**
 * The code the demo account's authenticator shows at Kring's clock; the next half-minute's when this
 * one's was used already (Kring accepts one step of drift).
 */
async function codeOf(server: KringServer, clock: TestClock, email: string): Promise<string> {
  const user = await findUserByEmail(server.app.kring.database.db, email);
  if (!user?.totp_secret) throw new Error(`${email} has no second factor: is the demo seeded?`);
  const secret = decryptSecret(server.app.kring.keys.totpKey, user.totp_secret);
  const last = user.totp_last_step === null ? -1 : Number(user.totp_last_step);
  const now = clock.now();
  return totpCode(secret, totpStep(now) > last ? now : new Date((last + 1) * 30_000 + 1_000));
}

/** Signs a demo account in with the demo password and its code; ends on Mijn Kring. */
export async function signIn(page: Page, server: KringServer, clock: TestClock, email: string): Promise<void> {
  const s = t.staff.signIn;
  await page.goto(`${server.baseUrl}/inloggen`);
  await page.getByLabel(s.email).fill(email);
  await page.getByLabel(s.password, { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: s.submit }).click();
  await expect.poll(() => page.url()).toContain('/inloggen/code');
  await page.getByLabel(s.code, { exact: true }).fill(await codeOf(server, clock, email));
  await page.getByRole('button', { name: s.confirm }).click();
  await expect.poll(() => page.url()).toContain('/mijn-kring');
}

/** Fills the day, month and year of the date group with this legend. */
export async function fillDate(page: Page, legend: string, date: FieldDate): Promise<void> {
  const group = page.getByRole('group', { name: legend, exact: true });
  await group.getByLabel(t.components.dateDay, { exact: true }).fill(date.day);
  await group.getByLabel(t.components.dateMonth, { exact: true }).fill(date.month);
  await group.getByLabel(t.components.dateYear, { exact: true }).fill(date.year);
}

/** Waits for the notice a change ends with (after the redirect). */
export async function expectNotice(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: true }).waitFor();
}

/**
 * Records the body of every HTML document Kring sends to this browser context (redirects have none),
 * so a test can look for what must never be on a page.
 */
export function recordDocuments(context: BrowserContext, baseUrl: string): { all(): Promise<string[]> } {
  const bodies: Array<Promise<string>> = [];
  context.on('response', (response) => {
    if (!response.url().startsWith(baseUrl) || response.request().resourceType() !== 'document') return;
    if (response.status() >= 300 && response.status() < 400) return;
    bodies.push(response.text().catch((err: unknown) => `unreadable ${response.url()}: ${String(err)}`));
  });
  return { all: () => Promise.all(bodies) };
}

/** The mails of the development outbox to one address, as subject and text (polls: the mail job runs every 2 s). */
export async function mailsTo(page: Page, baseUrl: string, email: string, count: number) {
  const mails = page.locator('article.kring-mail').filter({ hasText: email });
  await expect
    .poll(
      async () => {
        await page.goto(`${baseUrl}/ontwikkeling/post`);
        return mails.count();
      },
      { timeout: 20_000, interval: 1_000 },
    )
    .toBe(count);
  const out: Array<{ subject: string; text: string }> = [];
  for (const mail of await mails.all()) {
    out.push({ subject: await textOf(mail.getByRole('heading')), text: await textOf(mail.locator('pre')) });
  }
  return out;
}

/** The rows of a table (by its data-testid) as cell texts. */
export async function tableRows(page: Page, testId: string): Promise<string[][]> {
  const rows = page.getByTestId(testId).locator('tbody tr');
  const out: string[][] = [];
  for (const row of await rows.all()) {
    const cells: string[] = [];
    for (const cell of await row.locator('th, td').all()) cells.push(await textOf(cell));
    out.push(cells);
  }
  return out;
}

/** The header cells of a table (by its data-testid). */
export async function tableHeaders(page: Page, testId: string): Promise<string[]> {
  const out: string[] = [];
  for (const cell of await page.getByTestId(testId).locator('thead th').all()) out.push(await textOf(cell));
  return out;
}

/**
 * Every column of every table of the database (every schema but the catalogues: the job queue's
 * too) whose text holds `needle`, as `schema.table`; empty when it is nowhere.
 */
export async function tablesHolding(server: KringServer, needle: string): Promise<string[]> {
  const db = server.app.kring.database.db;
  const tables = await sql<{ schema: string; name: string }>`
    select table_schema as schema, table_name as name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`.execute(db);
  expect(tables.rows.map((r) => r.name)).toContain('circle_signal');
  const found: string[] = [];
  for (const { schema, name } of tables.rows) {
    const hit = await sql<{ n: number }>`
      select count(*)::int as n from ${sql.table(`${schema}.${name}`)} as x
      where position(${needle} in x::text) > 0`.execute(db);
    if ((hit.rows[0]?.n ?? 0) > 0) found.push(`${schema}.${name}`);
  }
  return found;
}
