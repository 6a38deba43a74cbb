// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 12, item 3: older persons and adults no longer get a child's texts. For an 82-year-old woman
 * in a home-care organisation the afwegingskader speaks of elder abuse, the guidance is home care's,
 * the check of step 1 is the carer check (mantelzorgcheck) and nobody asks whether she is pregnant;
 * in a school the guidance for pupils gives way to social work's. A child's pages are as they were.
 * When the help does not work (question 5 at the check date: no), the page says the new outcome.
 */
import { parse } from 'node-html-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encryptSecret } from '#src/core/secrets.ts';
import type { EntryDataByKind } from '#src/modules/concerns/entries.ts';
import { appendEntry } from '#src/modules/concerns/entry.repository.ts';
import { insertOrganisation } from '#src/modules/identity/admin.repository.ts';
import { insertMembership, insertUser, updateUser } from '#src/modules/identity/identity.repository.ts';
import { hashPassword } from '#src/modules/identity/password.ts';
import { newTotpSecret } from '#src/modules/identity/totp.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { Agent, FIXTURE_PASSWORD, type Fixtures, fixtureEmail, seedFixtures, TestClock } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';

const DAY = 24 * 60 * 60 * 1000;
const nl = messages('nl');
const c = nl.concerns;
let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;
let clock: TestClock;

beforeEach(async () => {
  clock = new TestClock();
  t = await createTestApp({ clock: clock.now, authRateLimit: 10_000 });
  fx = await seedFixtures(t.database.db, t.app.kring.config);
});
afterEach(() => t.close());

const NURSE = 'wijkverpleegkundige@thuiszorg.test';

/** A home-care organisation (thuiszorg) with a district nurse, as an administrator would add them. */
async function homeCare(): Promise<{ nurseId: string }> {
  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  const now = new Date();
  return t.database.db.transaction().execute(async (trx) => {
    const organisationId = (await insertOrganisation(trx, { name: 'Thuiszorg Test', type: 'homeCare', now }))!;
    const nurseId = await insertUser(trx, { email: NURSE, displayName: 'Wijkverpleegkundige', passwordHash, now });
    await updateUser(trx, nurseId, {
      totp_secret: encryptSecret(t.app.kring.keys.totpKey, newTotpSecret()),
      totp_enrolled_at: now,
    });
    await insertMembership(trx, { userId: nurseId, organisationId, role: 'professional', now });
    return { nurseId };
  });
}

/** Opens a concern; returns its id. */
async function open(agent: Agent, fullName: string, ageGroup: string, year: string): Promise<string> {
  const res = await agent.post('/zorgen/nieuw', {
    fullName,
    'dateOfBirth-day': '12',
    'dateOfBirth-month': '5',
    'dateOfBirth-year': year,
    ageGroup,
    honourRisk: 'no',
  });
  expect(res.statusCode, res.body).toBe(303);
  return /\/zorgen\/([0-9a-f-]{36})/.exec(String(res.headers.location))![1]!;
}

/** Puts a concern at a step (the steps before it are tested elsewhere). */
async function atStatus(id: string, status: 'weighing' | 'deciding'): Promise<void> {
  await t.database.db.updateTable('concern').set({ status }).where('id', '=', id).execute();
}

/** Records an afwegingskader outcome, as the weighing pages would (they are tested above and elsewhere). */
async function weighed(id: string, authorId: string, data: EntryDataByKind['weighing']): Promise<void> {
  await t.database.db.transaction().execute((trx) =>
    appendEntry(trx, {
      concernId: id,
      authorId,
      entry: { kind: 'weighing', data },
      occurredAt: null,
      correctsId: null,
      now: clock.now(),
    }),
  );
}

/** The text of the page's main element, white space collapsed. */
function mainText(html: string): string {
  return (parse(html).querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');
}

/** Words of a child's concern: child abuse, the kindcheck, children, a pregnancy, pupils. */
const CHILD_WORDS = /\bkind|zwanger|leerling/i;

describe('an older person’s concern in home care', () => {
  it('the afwegingskader speaks of elder abuse with home care’s guidance, and nothing about children', async () => {
    await homeCare();
    const nurse = await new Agent(t.app).signIn(NURSE);
    const id = await open(nurse, 'Johanna Visser', 'older', '1944');
    await atStatus(id, 'weighing');

    let page = await nurse.get(`/zorgen/${id}/afweging`);
    expect(page.statusCode).toBe(200);
    let text = mainText(page.body);
    expect(text).toContain(
      'Heb ik op basis van stap 1 tot en met 4 een vermoeden van (dreiging van) huiselijk geweld of ouderenmishandeling?',
    );
    expect(text).toContain('Toelichting voor thuiszorg en ouderenzorg');
    expect(text).toContain('onbetaalde rekeningen');
    expect(text).toContain('mantelzorgcheck');
    expect(text).not.toMatch(CHILD_WORDS);

    // Every question after it too (the answers travel in the form).
    const answers: Record<string, string> = {};
    for (const [q, answer, expected] of [
      ['1', 'yes', 'afhankelijke oudere van wie steeds weer geld verdwijnt'],
      ['2', 'no', 'huiselijk geweld of ouderenmishandeling af te wenden'],
      ['3', 'yes', 'Aanvaarden de betrokkenen de hulp'],
    ] as const) {
      answers[`q${q}`] = answer;
      answers[`r${q}`] = `Reden ${q}`;
      page = await nurse.post(`/zorgen/${id}/afweging`, answers);
      expect(page.statusCode, page.body).toBe(200);
      text = mainText(page.body);
      expect(text).toContain(expected);
      expect(text, `after question ${q}`).not.toMatch(CHILD_WORDS);
    }
  });

  it('asks for the carer check, never the kindcheck with its pregnancy question', async () => {
    await homeCare();
    const nurse = await new Agent(t.app).signIn(NURSE);
    const id = await open(nurse, 'Johanna Visser', 'older', '1944');

    let page = await nurse.get(`/zorgen/${id}`);
    let prompt = parse(page.body).querySelector('[data-testid="kindcheck-prompt"]')?.textContent ?? '';
    expect(prompt).toContain('Mantelzorgcheck: wordt deze persoon verzorgd door een mantelzorger');
    expect(mainText(page.body)).not.toMatch(/zwanger|kindcheck/i);
    expect(mainText(page.body)).toContain('Huishouden en mantelzorgcheck');

    const household = await nurse.get(`/zorgen/${id}/huishouden`);
    const root = parse(household.body);
    expect(root.querySelector('h1')?.textContent).toBe('Huishouden en mantelzorgcheck');
    expect(root.querySelector('form[action$="/mantelzorgcheck"]')).not.toBeNull();
    expect(root.querySelector('form[action$="/kindcheck"]')).toBeNull();
    expect(root.querySelector('input[name="hasCarer"]')).not.toBeNull();
    expect(mainText(household.body)).not.toMatch(CHILD_WORDS);

    // A kindcheck sent anyway is refused; the carer check is recorded and shows in the dossier.
    const kindcheck = await nurse.post(`/zorgen/${id}/kindcheck`, {
      childrenCount: '0',
      ages: '',
      care: 'unknown',
      notes: '',
    });
    expect(kindcheck.statusCode).toBe(409);
    const missing = await nurse.post(`/zorgen/${id}/mantelzorgcheck`, {
      hasCarer: 'yes',
      carer: 'Peter, neef',
      carerOverburdened: '',
      caresForSomeone: '',
      caredFor: '',
      carerNotes: '',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain(nl.errors.fields.carerOverburdened);
    expect(missing.body).toContain(nl.errors.fields.caresForSomeone);
    expect(missing.body).toContain('value="Peter, neef"');
    const recorded = await nurse.post(`/zorgen/${id}/mantelzorgcheck`, {
      hasCarer: 'yes',
      carer: 'Peter, neef',
      carerOverburdened: 'yes',
      caresForSomeone: 'no',
      caredFor: '',
      carerNotes: 'Peter doet sinds de zomer haar bankzaken.',
    });
    expect(recorded.statusCode, recorded.body).toBe(303);
    page = await nurse.get(`/zorgen/${id}`);
    const entries = parse(page.body).querySelector('[data-testid="entries"]')?.textContent ?? '';
    expect(entries).toContain('Mantelzorgcheck');
    expect(entries).toContain('Mantelzorger: ja (Peter, neef)');
    expect(entries).toContain('Mantelzorger overbelast: ja');
    expect(entries).toContain('Zorgt zelf voor iemand: nee');
    prompt = parse(page.body).querySelector('[data-testid="kindcheck-prompt"]')?.textContent ?? '';
    expect(prompt).toBe('');
  });

  it('when the help did not work at the check date, the page says: report (question 5: no)', async () => {
    const { nurseId } = await homeCare();
    let nurse = await new Agent(t.app).signIn(NURSE);
    const id = await open(nurse, 'Johanna Visser', 'older', '1944');
    // The afwegingskader said: help (questions 1–4), as the weighing above would record it.
    await atStatus(id, 'deciding');
    await weighed(id, nurseId, { answers: { 1: true, 2: false, 3: true, 4: true }, rationale: {}, outcome: 'help' });
    const check = new Date(clock.now().getTime() + 21 * DAY);
    const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })
      .format(check)
      .split('-');
    const decided = await nurse.post(`/zorgen/${id}/besluit`, {
      decision: 'help',
      reasons: 'De neef geeft de bankpas terug; de thuiszorg komt dagelijks.',
      'checkDate-day': String(Number(day)),
      'checkDate-month': String(Number(month)),
      'checkDate-year': year!,
    });
    expect(decided.statusCode, decided.body).toBe(303);
    let page = await nurse.get(`/zorgen/${id}`);
    expect(parse(page.body).querySelector('[data-testid="weighing-outcome"]')?.textContent).toContain(
      c.weighing.outcomes.help,
    );

    // Three weeks on, at the check date: the help did not bring safety.
    clock.advance(21 * DAY);
    nurse = await new Agent(t.app).signIn(NURSE);
    const decision = await nurse.get(`/zorgen/${id}/besluit`);
    expect(mainText(decision.body)).toContain(c.decision.reviewQuestion);
    const reviewed = await nurse.post(`/zorgen/${id}/hulp`, {
      succeeded: 'no',
      notes: 'Er verdwijnt weer geld; de neef heeft een nieuwe pas aangevraagd.',
    });
    expect(reviewed.statusCode, reviewed.body).toBe(303);
    page = await nurse.get(`/zorgen/${id}`);
    const root = parse(page.body);
    expect(root.querySelector('[data-testid="concern-status"]')?.textContent).toBe(c.statuses.report);
    const outcome = root.querySelector('[data-testid="weighing-outcome"]')?.textContent ?? '';
    expect(outcome).toContain(c.weighing.outcomes.reportHelpFailed);
    expect(outcome).not.toContain(c.weighing.outcomes.help);
    expect(root.querySelector('[data-testid="report-state"]')?.textContent).toBe(c.decision.reportNext);
    // The decision page says it too, not the old help.
    const after = mainText((await nurse.get(`/zorgen/${id}/besluit`)).body);
    expect(after).toContain(c.weighing.outcomes.reportHelpFailed);
    expect(after).not.toContain(c.weighing.outcomes.help);
  });
});

describe('an older person in a school’s concern', () => {
  it('reads social work’s guidance, saying why, instead of the guidance for pupils', async () => {
    const teacher = await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
    const id = await open(teacher, 'Oma Bakker', 'older', '1944');
    await atStatus(id, 'weighing');
    const text = mainText((await teacher.get(`/zorgen/${id}/afweging`)).body);
    expect(text).toContain('huiselijk geweld of ouderenmishandeling?');
    expect(text).toContain('Toelichting voor sociaal werk');
    expect(text).toContain(
      'De toelichting voor onderwijs is niet geschreven voor ouderen. U leest hier de toelichting voor sociaal werk.',
    );
    expect(text).not.toMatch(/kindermishandeling|leerling|zwanger/i);
    // The decision asks whether the person was told, without "for a child: the parents".
    await atStatus(id, 'deciding');
    await weighed(id, fx.users.A.professional, {
      answers: { 1: true, 2: true },
      rationale: {},
      outcome: 'reportUnsafe',
    });
    const decision = mainText((await teacher.get(`/zorgen/${id}/besluit`)).body);
    expect(decision).toContain('Heeft u de betrokkene verteld dat u gaat melden?');
    expect(decision).not.toMatch(CHILD_WORDS);
  });

  it('an adult gets both checks: the kindcheck (children, a pregnancy) and the carer check', async () => {
    const teacher = await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
    const id = await open(teacher, 'Mirjam Bakker', 'adult', '1985');
    const page = await teacher.get(`/zorgen/${id}`);
    const prompt = parse(page.body).querySelector('[data-testid="kindcheck-prompt"]')?.textContent ?? '';
    expect(prompt).toContain('zwangerschap');
    expect(prompt).toContain('mantelzorger');
    const root = parse((await teacher.get(`/zorgen/${id}/huishouden`)).body);
    expect(root.querySelector('form[action$="/kindcheck"]')).not.toBeNull();
    expect(root.querySelector('form[action$="/mantelzorgcheck"]')).not.toBeNull();
    await atStatus(id, 'weighing');
    const text = mainText((await teacher.get(`/zorgen/${id}/afweging`)).body);
    expect(text).toContain('een vermoeden van (dreiging van) huiselijk geweld?');
    expect(text).not.toContain('kindermishandeling');
  });
});

describe('a child’s concern', () => {
  it('is as it was: child abuse, the school’s guidance, the kindcheck and no carer check', async () => {
    const teacher = await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
    const id = await open(teacher, 'Tara Bakker', 'child', '2012');
    await atStatus(id, 'weighing');
    const text = mainText((await teacher.get(`/zorgen/${id}/afweging`)).body);
    expect(text).toContain(
      'Heb ik op basis van stap 1 tot en met 4 een vermoeden van (dreiging van) huiselijk geweld of kindermishandeling?',
    );
    expect(text).toContain('Toelichting voor onderwijs');
    expect(text).toContain('zorgteam van de school');
    expect(text).not.toContain('niet geschreven voor');
    const page = await teacher.get(`/zorgen/${id}`);
    const prompt = parse(page.body).querySelector('[data-testid="kindcheck-prompt"]')?.textContent ?? '';
    expect(prompt).toContain('Kindcheck: zijn er broers, zussen of andere kinderen');
    const root = parse((await teacher.get(`/zorgen/${id}/huishouden`)).body);
    expect(root.querySelector('h1')?.textContent).toBe('Gezin en kindcheck');
    expect(root.querySelector('form[action$="/kindcheck"]')).not.toBeNull();
    expect(root.querySelector('form[action$="/mantelzorgcheck"]')).toBeNull();
    const carer = await teacher.post(`/zorgen/${id}/mantelzorgcheck`, {
      hasCarer: 'no',
      carer: '',
      carerOverburdened: '',
      caresForSomeone: 'no',
      caredFor: '',
      carerNotes: '',
    });
    expect(carer.statusCode).toBe(409);
  });
});
