// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 12, item 3, in the browser: an older person's concern through to "help did not work".
 * Esther, a district nurse at a home care (thuiszorg), opens a concern about Johanna, 82, records
 * what she saw, the household with the carer check (mantelzorgcheck; no kindcheck, no pregnancy
 * question), the consultation and the conversation, answers the afwegingskader (questions about
 * elder abuse, home care's guidance, never a child's texts) and decides to help with a check date in
 * three weeks. Kring's clock then moves to that date: Mijn Kring shows the check as due today, she
 * answers question 5 "no", and the concern goes to a report, its page saying the new outcome, not
 * the old help. Every page passes axe (WCAG 2.2 AA and best practice).
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadSectorGuidance } from '#src/content/meldcode-content.ts';
import { encryptSecret } from '#src/core/secrets.ts';
import { insertOrganisation } from '#src/modules/identity/admin.repository.ts';
import { insertMembership, insertUser, updateUser } from '#src/modules/identity/identity.repository.ts';
import { hashPassword } from '#src/modules/identity/password.ts';
import { newTotpSecret, totpCode } from '#src/modules/identity/totp.ts';
import { formatDate } from '#src/web/format.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { TestClock } from '#test/agent.ts';
import { axeViolations } from './accessibility.ts';
import { useBrowserSession } from './browser.ts';
import { escapeRegExp } from './page-tools.ts';

const t = messages('nl');
const c = t.concerns;
const older = c.subjects.older;
const w = c.weighing;
const d = c.decision;
const h = c.household;
const DAY = 24 * 60 * 60 * 1000;
const clock = new TestClock();
const session = useBrowserSession({ clock: clock.now });

const PASSWORD = 'een lange zin als wachtwoord voor de thuiszorg';
const ESTHER = { name: 'Esther Bosman', email: 'esther.bosman@thuiszorg.example' };
const JOHANNA = 'Johanna Visser';
/** A child's concern's words: child abuse, the kindcheck, children, a pregnancy, pupils. */
const CHILD_WORDS = /\bkind|zwanger|leerling/i;
let secret = '';

beforeAll(async () => {
  const { app } = session.server;
  const now = new Date();
  const passwordHash = await hashPassword(PASSWORD);
  await app.kring.database.db.transaction().execute(async (trx) => {
    const organisationId = (await insertOrganisation(trx, {
      name: 'Thuiszorg De Zorgzame Hand',
      type: 'homeCare',
      now,
    }))!;
    secret = newTotpSecret();
    const id = await insertUser(trx, { email: ESTHER.email, displayName: ESTHER.name, passwordHash, now });
    await updateUser(trx, id, { totp_secret: encryptSecret(app.kring.keys.totpKey, secret), totp_enrolled_at: now });
    await insertMembership(trx, { userId: id, organisationId, role: 'professional', now });
  });
});

/** The calendar date in Amsterdam `days` from Kring's today, as the date fields take it. */
function kringDate(days: number): { day: string; month: string; year: string; iso: string } {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(clock.now().getTime() + days * DAY),
  );
  const [year, month, day] = iso.split('-') as [string, string, string];
  return { day: String(Number(day)), month: String(Number(month)), year, iso };
}

/** Signs Esther in: password, then her app's code at Kring's clock. */
async function signIn(page: Page): Promise<void> {
  await page.goto(`${session.server.baseUrl}/inloggen`);
  await page.getByLabel(t.staff.signIn.email).fill(ESTHER.email);
  await page.getByLabel(t.staff.signIn.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: t.staff.signIn.submit }).click();
  await expect.poll(() => page.url()).toContain('/inloggen/code');
  await page.getByLabel(t.staff.signIn.code, { exact: true }).fill(totpCode(secret, clock.now()));
  await page.getByRole('button', { name: t.staff.signIn.confirm }).click();
  await expect.poll(() => page.url()).toContain('/mijn-kring');
}

async function fillDate(page: Page, legend: string, date: { day: string; month: string; year: string }) {
  const group = page.getByRole('group', { name: legend, exact: true });
  await group.getByLabel(t.components.dateDay, { exact: true }).fill(date.day);
  await group.getByLabel(t.components.dateMonth, { exact: true }).fill(date.month);
  await group.getByLabel(t.components.dateYear, { exact: true }).fill(date.year);
}

/** A radio or checkbox whose label starts with this text (some labels carry a hint after it). */
function choice(scope: Page | Locator, role: 'radio' | 'checkbox', text: string): Locator {
  return scope.getByRole(role, { name: new RegExp(`^${escapeRegExp(text)}`) });
}

/** The answer `text` in the radio group with this legend. */
function answer(page: Page, legend: string, text: string): Locator {
  return page.getByRole('group', { name: legend, exact: true }).getByRole('radio', { name: text, exact: true });
}

const axeChecked: string[] = [];
async function axe(page: Page, label: string): Promise<void> {
  await page.waitForLoadState('load');
  axeChecked.push(label);
  expect.soft(await axeViolations(page), `axe violations on ${label}`).toEqual([]);
}

async function mainText(page: Page): Promise<string> {
  return ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
}

async function expectNotice(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: true }).waitFor();
}

describe('an older person’s concern in home care (issue 12, item 3)', () => {
  test('Esther walks the meldcode for Johanna (82); at the check date the help did not work → report', async () => {
    let page = await session.openPage();
    const base = session.server.baseUrl;
    await signIn(page);
    await axe(page, 'mijn kring');

    // 1. The concern: Johanna, 82, an older person.
    await page.getByRole('navigation', { name: t.layout.mainNav }).getByRole('link', { name: c.nav }).click();
    await page.getByRole('link', { name: c.list.open }).click();
    await page.getByRole('heading', { name: c.open.title, level: 1 }).waitFor();
    await axe(page, 'zorg vastleggen');
    await page.getByLabel(c.open.fullName, { exact: true }).fill(JOHANNA);
    const today = kringDate(0);
    const born = new Date(Date.UTC(Number(today.year) - 83, Number(today.month) - 1, Number(today.day) + 60));
    await fillDate(page, `${c.open.dateOfBirth} ${t.common.optional}`, {
      day: String(born.getUTCDate()),
      month: String(born.getUTCMonth() + 1),
      year: String(born.getUTCFullYear()),
    });
    await choice(page, 'radio', c.ageGroups.older).check();
    // No signs of honour-related violence (the question every concern asks, ADR 0027).
    await choice(page.getByRole('group', { name: c.honour.question }), 'radio', c.honour.answers.no).check();
    await page.getByRole('button', { name: c.open.submit }).click();
    await expectNotice(page, c.concern.notices.opened);
    const concernUrl = page.url().split('?')[0]!;
    const caption = (await page.locator('.kring-caption').first().textContent()) ?? '';
    expect(caption).toContain(c.ageGroupsShort.older);
    expect(caption).toContain(c.age(82));
    // The check of step 1 is the carer check; nobody asks whether she is pregnant.
    expect(await page.getByTestId('kindcheck-prompt').textContent()).toContain(older.checksPrompt);
    expect(await mainText(page)).not.toMatch(/zwanger|kindcheck/i);
    await axe(page, 'zorg over een oudere (net geopend)');

    // 2. What she saw: unpaid bills, the card with the grandson.
    await page.getByRole('link', { name: c.concern.addSignal }).click();
    await page.getByText(older.quoteHint).waitFor();
    expect(await mainText(page)).not.toMatch(CHILD_WORDS);
    await axe(page, 'signaal: wat legt u vast (oudere)');
    await choice(page, 'radio', c.signal.kinds.observation).check();
    await page.getByRole('button', { name: c.signal.next }).click();
    await page.getByRole('heading', { name: c.signal.kinds.observation, level: 1 }).waitFor();
    await fillDate(page, c.signal.date, today);
    await page
      .getByLabel(c.signal.facts)
      .fill('Twee aanmaningen op tafel; de huur is niet betaald. Haar pinpas is bij haar kleinzoon Ronald.');
    await choice(page, 'checkbox', 'Ouderenmishandeling').check();
    await choice(page, 'radio', c.signal.sourceKinds.self).check();
    await axe(page, 'signaal: waarneming (oudere)');
    await page.getByRole('button', { name: c.signal.submit }).click();
    await expectNotice(page, c.concern.notices.saved);

    // 3. The household and the carer check (no kindcheck form).
    await page.getByRole('link', { name: older.householdLink, exact: true }).click();
    await page.getByRole('heading', { name: older.householdTitle, level: 1 }).waitFor();
    expect(await page.getByRole('heading', { name: h.kindcheckTitle, exact: true }).count()).toBe(0);
    expect(await mainText(page)).not.toMatch(CHILD_WORDS);
    await axe(page, 'huishouden en mantelzorgcheck');
    await page.getByLabel(h.name, { exact: true }).fill('Ronald Visser');
    await page.getByLabel(h.relation, { exact: true }).fill('kleinzoon');
    await page.getByLabel(h.age, { exact: true }).fill('31');
    await page.getByRole('button', { name: h.add }).click();
    await page.getByText('Ronald Visser (kleinzoon, 31 jaar)').waitFor();
    await answer(page, h.hasCarer, h.carerAnswers.yes).check();
    await page.getByLabel(h.carer).fill('Ronald Visser, kleinzoon');
    await answer(page, h.carerOverburdened, h.carerAnswers.unknown).check();
    await answer(page, h.caresForSomeone, h.carerAnswers.no).check();
    await axe(page, 'mantelzorgcheck ingevuld');
    await page.getByRole('button', { name: h.carerCheckSubmit }).click();
    await expectNotice(page, c.concern.notices.saved);
    await page.getByText(c.entries.hasCarer(h.carerAnswers.yes, 'Ronald Visser, kleinzoon')).waitFor();

    // 4. Consultation with the aandachtsfunctionaris.
    await page.getByRole('link', { name: c.concern.consultation, exact: true }).click();
    await page.getByRole('heading', { name: c.consultation.title, level: 1 }).waitFor();
    await axe(page, 'consultatie (oudere)');
    const record = page.getByRole('region', { name: c.consultation.recordTitle });
    await record.getByLabel(c.consultation.withName).fill('Henk Mulder, aandachtsfunctionaris');
    await record.getByLabel(c.consultation.advice).fill('Bespreek het met mevrouw zelf, zonder Ronald erbij.');
    await record.getByRole('button', { name: c.consultation.recordSubmit }).click();
    await expectNotice(page, c.concern.notices.saved);

    // 5. The conversation with Johanna.
    await page.getByRole('link', { name: c.concern.conversation, exact: true }).click();
    await page.getByRole('heading', { name: c.conversation.title, level: 1 }).waitFor();
    await axe(page, 'gesprek (oudere)');
    await fillDate(page, c.conversation.date, today);
    await page.getByLabel(c.conversation.participants).fill('Mevrouw Visser, Esther Bosman');
    await page.getByLabel(c.conversation.reaction).fill('Ze wil haar pinpas terug en hulp bij de rekeningen.');
    await page.getByRole('button', { name: c.conversation.submit }).click();
    await expectNotice(page, c.concern.notices.saved);

    // 6. The afwegingskader: elder abuse, home care's guidance, one question per page.
    const guidance = loadSectorGuidance().sectors.homeCare.nl;
    await page.getByRole('link', { name: c.concern.weighing }).click();
    for (const [q, yes] of [
      [1, true],
      [2, false],
      [3, true],
      [4, true],
    ] as const) {
      await page.getByText(w.questionOf(q)).waitFor();
      const group = page.getByRole('group', { name: older.questions[q], exact: true });
      await group.waitFor();
      await page.getByText(w.sectorGuidance(guidance.name.toLowerCase())).click();
      await page.getByText(guidance.questions[`${q}`]).waitFor();
      expect(await mainText(page), `question ${q}`).not.toMatch(CHILD_WORDS);
      await axe(page, `afwegingskader vraag ${q} (oudere)`);
      await answer(page, older.questions[q], yes ? w.yes : w.no).check();
      await page.getByLabel(w.rationale, { exact: true }).fill(`Toelichting bij vraag ${q}.`);
      await page.getByRole('button', { name: w.next }).click();
    }
    const result = page.getByTestId('weighing-result');
    await result.waitFor();
    expect(await result.textContent()).toContain(w.outcomes.help);
    await axe(page, 'afwegingskader uitkomst (oudere)');
    await page.getByRole('button', { name: w.save }).click();
    await expectNotice(page, c.concern.notices.saved);

    // 7. Help, checked in three weeks.
    const check = kringDate(21);
    await page.getByRole('link', { name: c.concern.decision }).click();
    await page.getByRole('heading', { name: d.title, level: 1 }).waitFor();
    expect(await mainText(page)).not.toMatch(CHILD_WORDS);
    await axe(page, 'besluit (oudere)');
    await page.getByRole('radio', { name: d.decisions.help }).check();
    await page.getByLabel(d.reasons, { exact: true }).fill('Het sociaal wijkteam helpt met de rekeningen.');
    await fillDate(page, d.checkDate, check);
    await page.getByRole('button', { name: d.submit }).click();
    await expectNotice(page, c.concern.notices.saved);
    expect(await page.getByTestId('concern-status').textContent()).toBe(c.statuses.helping);
    await page.getByText(c.concern.checkDate(formatDate('nl', check.iso))).waitFor();
    expect(await page.getByTestId('weighing-outcome').textContent()).toContain(w.outcomes.help);

    // 8. Three weeks later (Kring's clock moves; her session has long ended): the check is due today.
    clock.advance(21 * DAY);
    expect(kringDate(0).iso).toBe(check.iso);
    page = await session.openPage();
    await signIn(page);
    const due = page.getByTestId('check-dates');
    await due.getByText(c.checkDates.state.today(formatDate('nl', check.iso))).waitFor();
    await axe(page, 'mijn kring (controle vandaag)');
    await due.getByRole('link', { name: JOHANNA }).click();
    await page.getByRole('heading', { name: c.concern.titleFor(JOHANNA), level: 1 }).waitFor();
    expect(page.url().split('?')[0]).toBe(concernUrl);

    // 9. Question 5: the help did not bring safety → report.
    await page.getByRole('link', { name: c.concern.helpReview }).click();
    await page.getByRole('group', { name: d.reviewQuestion }).waitFor();
    await axe(page, 'hulp beoordelen (vraag 5)');
    await page.getByRole('radio', { name: d.reviewNo }).check();
    await page.getByLabel(d.reviewNotes).fill('Er verdwijnt weer geld; Ronald heeft een nieuwe pas aangevraagd.');
    await page.getByRole('button', { name: d.reviewSubmit }).click();
    await expectNotice(page, c.concern.notices.saved);
    expect(await page.getByTestId('concern-status').textContent()).toBe(c.statuses.report);
    const outcome = (await page.getByTestId('weighing-outcome').textContent()) ?? '';
    expect(outcome).toContain(w.outcomes.reportHelpFailed);
    expect(outcome).not.toContain(w.outcomes.help);
    expect(await page.getByTestId('report-state').textContent()).toBe(d.reportNext);
    expect(await page.getByText(c.concern.checkDate(formatDate('nl', check.iso))).count()).toBe(0);
    await page.getByTestId('entries').getByText(c.entries.helpFailed).waitFor();
    await axe(page, 'zorg (hulp werkte niet: melden)');
    await page.goto(`${base}/zorgen`);
    await page.getByRole('link', { name: JOHANNA }).waitFor();
    await axe(page, 'mijn zorgen');
    expect(axeChecked.length).toBeGreaterThanOrEqual(15);
    // About a minute on two cores, with axe on every page.
  }, 240_000);
});
