// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 12, item 2, in the browser (ADR 0027): a teacher is told, in words only, that a girl of 15
 * fears being married off abroad. She opens a concern and, asked whether there are signs of
 * honour-related violence, answers "Weet ik niet" (after first forgetting to answer). The concern
 * page warns her at the top: Veilig Thuis first, no conversation with the family. She writes the
 * girl's words down without ticking any category; the conversation with the parents she had planned
 * is refused; from step 1 she decides to report and sends the report to Veilig Thuis. Axe on every
 * page, with and without errors.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { decryptSecret } from '#src/core/secrets.ts';
import { findUserByEmail } from '#src/modules/identity/identity.repository.ts';
import { totpCode } from '#src/modules/identity/totp.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { FIXTURE_PASSWORD, fixtureEmail, seedFixtures, seedVeiligThuis } from '#test/agent.ts';
import { axeViolations } from './accessibility.ts';
import { useBrowserSession } from './browser.ts';
import { newGuardedContext } from './guarded-context.ts';
import { escapeRegExp, saveScreenshot } from './page-tools.ts';

const t = messages('nl');
const c = t.concerns;
const h = c.honour;
const f = t.reports.file;
const session = useBrowserSession();

/** What the girl told her teacher; nothing else is recorded. */
const WORDS = 'Ze is 15 en bang dat ze in de zomervakantie wordt uitgehuwelijkt in het land van haar ouders';
const NAME = 'Aylin Demir';

/** A radio or checkbox whose label starts with this text (some labels carry a hint after it). */
function choice(page: Page | Locator, role: 'radio' | 'checkbox', text: string): Locator {
  return page.getByRole(role, { name: new RegExp(`^${escapeRegExp(text)}`) });
}

/** Runs axe (WCAG 2.2 AA and best practice); a violation fails the test but the walk goes on. */
async function axe(page: Page, label: string): Promise<void> {
  await page.waitForLoadState('load');
  expect.soft(await axeViolations(page), `axe violations on ${label}`).toEqual([]);
}

/** Today in Dutch time, as the date fields take it. */
function today(): { day: string; month: string; year: string } {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number, number];
  return { day: String(d), month: String(m), year: String(y) };
}

async function fillDate(page: Page, legend: string, date: { day: string; month: string; year: string }) {
  const group = page.getByRole('group', { name: legend, exact: true });
  await group.getByLabel(t.components.dateDay, { exact: true }).fill(date.day);
  await group.getByLabel(t.components.dateMonth, { exact: true }).fill(date.month);
  await group.getByLabel(t.components.dateYear, { exact: true }).fill(date.year);
}

describe('honour-related violence told in free text only', () => {
  test('"Weet ik niet" warns at once, refuses the conversation with the family, and leads from step 1 to Veilig Thuis', async () => {
    const { server, browser } = session;
    const db = server.app.kring.database.db;
    await seedFixtures(db, server.app.kring.config);
    const vtName = server.app.kring.web.municipality.veiligThuis.name;
    await seedVeiligThuis(db, server.app.kring.config, vtName, ['ahmed']);
    const email = fixtureEmail('A', 'professional');
    // The forms' errors come back with 400, which Chromium reports on the console.
    const guard = await newGuardedContext(browser, server, { allowConsoleErrors: /status of 400/ });
    const page = await guard.newPage();
    const summary = page.getByRole('alert').filter({ hasText: t.components.errorSummaryTitle });

    // Sign in: password, then the code of her authenticator app.
    await page.goto(`${server.baseUrl}/inloggen`);
    await page.getByLabel(t.staff.signIn.email).fill(email);
    await page.getByLabel(t.staff.signIn.password, { exact: true }).fill(FIXTURE_PASSWORD);
    await page.getByRole('button', { name: t.staff.signIn.submit }).click();
    await expect.poll(() => page.url()).toContain('/inloggen/code');
    const user = await findUserByEmail(db, email);
    const code = totpCode(decryptSecret(server.app.kring.keys.totpKey, user!.totp_secret!), new Date());
    await page.getByLabel(t.staff.signIn.code, { exact: true }).fill(code);
    await page.getByRole('button', { name: t.staff.signIn.confirm }).click();
    await expect.poll(() => page.url()).toContain('/mijn-kring');

    // 1. She opens a concern about Aylin, and forgets the question about honour-related violence.
    await page.goto(`${server.baseUrl}/zorgen`);
    await page.getByRole('link', { name: c.list.open }).click();
    await page.getByRole('heading', { name: c.open.title, level: 1 }).waitFor();
    const question = page.getByRole('group', { name: h.question });
    expect(await question.textContent()).toContain('uitgehuwelijkt');
    await axe(page, 'zorg vastleggen, met de vraag');
    await page.getByLabel(c.open.fullName, { exact: true }).fill(NAME);
    await choice(page, 'radio', c.ageGroups.child).check();
    await page.getByRole('button', { name: c.open.submit }).click();
    await expect.poll(() => summary.getByRole('link').allInnerTexts()).toEqual([t.errors.fields.honourRisk]);
    await axe(page, 'zorg vastleggen, zonder antwoord');
    // What she typed and chose is kept; the summary's link takes her to the question.
    expect(await page.getByLabel(c.open.fullName, { exact: true }).inputValue()).toBe(NAME);
    expect(await choice(page, 'radio', c.ageGroups.child).isChecked()).toBe(true);
    await summary.getByRole('link', { name: t.errors.fields.honourRisk }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('honourRisk');
    await choice(question, 'radio', h.answers.unknown).check();
    await page.getByRole('button', { name: c.open.submit }).click();
    await page.getByRole('heading', { name: c.concern.titleFor(NAME), level: 1 }).waitFor();
    const concernUrl = page.url().split('?')[0]!;
    const id = concernUrl.split('/').at(-1)!;

    // 2. The warning, at the top of the page, before the steps.
    const warning = page.getByRole('region', { name: h.warningTitle });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('0800-2000');
    const order = await page.evaluate(() => {
      const w = document.querySelector('[data-testid="honour-warning"]');
      const status = document.querySelector('[data-testid="concern-status"]');
      return w && status ? Boolean(w.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING) : false;
    });
    expect(order, 'the warning comes before the status').toBe(true);
    await axe(page, 'zorg met waarschuwing');
    await saveScreenshot(page, 'honour-warning');

    // 3. The girl's words, as she said them; no sign category ticked.
    await page.getByRole('link', { name: c.concern.addSignal }).click();
    await choice(page, 'radio', c.signal.kinds.quote).check();
    await page.getByRole('button', { name: c.signal.next }).click();
    await page.getByRole('heading', { name: c.signal.kinds.quote, level: 1 }).waitFor();
    await fillDate(page, c.signal.date, today());
    await page.getByLabel(c.signal.words).fill(WORDS);
    await choice(page, 'radio', c.signal.sourceKinds.self).check();
    await page.getByRole('button', { name: c.signal.submit }).click();
    await page.getByText(c.concern.notices.saved, { exact: true }).waitFor();
    await warning.waitFor();

    // 4. The conversation with her parents, as she had planned it (from her bookmark: step 1 offers no
    // link to it): the page says why not, and the form refuses it.
    await page.goto(`${concernUrl}/gesprek`);
    await page.getByRole('heading', { name: c.conversation.title, level: 1 }).waitFor();
    await page.getByText(c.conversation.honour).waitFor();
    await axe(page, 'gesprek, met de waarschuwing');
    await fillDate(page, c.conversation.date, today());
    await page.getByLabel(c.conversation.participants, { exact: true }).fill('De vader en de moeder van Aylin');
    await page.getByLabel(c.conversation.reaction).fill('Nog niet gevoerd.');
    await page.getByRole('button', { name: c.conversation.submit }).click();
    await expect.poll(() => summary.getByRole('link').allInnerTexts()).toEqual([t.errors.fields.expertFirst]);
    await axe(page, 'gesprek geweigerd');
    const conversations = await db
      .selectFrom('concern_entry')
      .select('id')
      .where('concern_id', '=', id)
      .where('kind', '=', 'conversation')
      .execute();
    expect(conversations).toEqual([]);

    // 5. From step 1, straight to Veilig Thuis: the warning's button, the decision, the report.
    await page.getByRole('link', { name: c.back }).click();
    await warning.getByRole('link', { name: h.report }).click();
    await page.getByRole('heading', { name: c.decision.title, level: 1 }).waitFor();
    expect(await choice(page, 'radio', c.decision.decisions.report).isChecked()).toBe(true);
    await page.getByText(h.notInformed).waitFor();
    await axe(page, 'besluit om te melden, vanuit stap 1');
    await page.getByLabel(c.decision.reasons, { exact: true }).fill('Mogelijk huwelijksdwang: eerst Veilig Thuis.');
    await choice(page, 'radio', c.decision.informedNo).check();
    await page.getByRole('button', { name: c.decision.submit }).click();
    await page.getByRole('link', { name: t.reports.concern.fileReport }).first().click();
    await page.getByRole('heading', { name: f.title, level: 1 }).waitFor();
    await axe(page, 'melden bij Veilig Thuis');
    await page.getByRole('radio', { name: f.acuteNo, exact: true }).check();
    await page.getByRole('radio', { name: f.informedNo, exact: true }).check();
    await choice(page, 'radio', f.notInformedGrounds.safetyOfPerson).check();
    await page.getByLabel(f.notInformedExplanation, { exact: true }).fill('Mogelijk huwelijksdwang.');
    await page.getByLabel(f.role, { exact: true }).fill('Mentor');
    await page.getByLabel(f.phone, { exact: true }).fill('0341 555 123');
    await page.getByRole('button', { name: f.submit }).click();
    await page.getByText(f.sent, { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/zorgen/${id}`);
    await axe(page, 'zorg na de melding');
    const report = await db.selectFrom('vt_report').select(['concern_id', 'kind']).executeTakeFirstOrThrow();
    expect(report).toEqual({ concern_id: id, kind: 'report' });
    await guard.close();
  }, 120_000);
});
