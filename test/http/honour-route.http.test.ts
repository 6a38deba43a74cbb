// SPDX-License-Identifier: EUPL-1.2
/**
 * Honour-related violence over HTTP (issue 12, item 2; ADR 0027). The guard used to hang on an
 * optional tick: told only in free text ("she is 15 and afraid of being married off abroad"), Kring
 * warned nobody and recorded a conversation with the family. Now:
 * 1. the first signal of every concern asks a required question (yes / no / don't know), with the
 *    error next to the field and what was typed kept;
 * 2. "yes" or "don't know" puts the concern on the expert route, also when answered later: a warning
 *    at the top of the concern page, no conversation with the family before Veilig Thuis's advice is
 *    recorded, and the report to Veilig Thuis reachable from step 1;
 * 3. once the advice of Veilig Thuis is recorded, the conversation is allowed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messages } from '#src/web/i18n/messages.ts';
import { Agent, fixtureEmail, seedFixtures, seedVeiligThuis } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';

const t = messages('nl');
const c = t.concerns;
const h = c.honour;

/** The girl's own words, the only thing the teacher records: no sign category ticked. */
const FREE_TEXT = 'Ze is 15 en bang dat ze in de zomervakantie wordt uitgehuwelijkt in het land van haar ouders.';

let app: Awaited<ReturnType<typeof createTestApp>>;

beforeEach(async () => {
  app = await createTestApp({ authRateLimit: 1000 });
  await seedFixtures(app.database.db, app.app.kring.config);
  await seedVeiligThuis(app.database.db, app.app.kring.config, app.app.kring.web.municipality.veiligThuis.name, [
    'ahmed',
  ]);
});
afterEach(() => app.close());

const signedIn = (role: 'professional' | 'volunteer' | 'safeguardingLead') =>
  new Agent(app.app).signIn(fixtureEmail('A', role));

const today = () => {
  const d = new Date();
  return {
    'date-day': String(d.getDate()),
    'date-month': String(d.getMonth() + 1),
    'date-year': String(d.getFullYear()),
  };
};

/** Opens a concern with an answer (or none: `null`); returns the response. */
function postOpen(agent: Agent, honourRisk: string | null, fullName = 'Aylin Demir') {
  return agent.post('/zorgen/nieuw', {
    fullName,
    'dateOfBirth-day': '',
    'dateOfBirth-month': '',
    'dateOfBirth-year': '',
    ageGroup: 'child',
    honourRisk,
  });
}

/** Opens a concern; its id. */
async function open(agent: Agent, honourRisk: 'yes' | 'no' | 'unknown', fullName?: string): Promise<string> {
  const res = await postOpen(agent, honourRisk, fullName);
  expect(res.statusCode, res.body).toBe(303);
  return /\/zorgen\/([0-9a-f-]{36})/.exec(String(res.headers.location))![1]!;
}

/** The girl's words as an observation in free text, nothing ticked. */
function postFreeText(agent: Agent, id: string, extra: Record<string, string> = {}) {
  return agent.post(`/zorgen/${id}/signaal?soort=observation`, {
    ...today(),
    time: '',
    facts: FREE_TEXT,
    interpretation: '',
    sourceKind: 'self',
    source: '',
    ...extra,
  });
}

const conversation = () => ({
  'conversationDate-day': today()['date-day'],
  'conversationDate-month': today()['date-month'],
  'conversationDate-year': today()['date-year'],
  participants: 'De vader en de moeder',
  reaction: 'Ze zeggen dat er niets aan de hand is.',
});

async function concernRow(id: string) {
  return app.database.db.selectFrom('concern').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function kinds(id: string): Promise<string[]> {
  const rows = await app.database.db
    .selectFrom('concern_entry')
    .select('kind')
    .where('concern_id', '=', id)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.kind);
}

async function auditTypes(id: string): Promise<string[]> {
  const rows = await app.database.db
    .selectFrom('audit_event')
    .select('event_type_code')
    .where('participant_object_id', '=', id)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.event_type_code);
}

/** The error of a field as the form shows it: next to the field, and in the summary linking to it. */
function expectFieldError(body: string, field: string, message: string): void {
  expect(body).toMatch(new RegExp(`id="${field}-error"[^>]*>(?:(?!</p>)[\\s\\S])*${message}`));
  expect(body).toContain(`href="#${field}"`);
  expect(body).toContain(`<title>${t.common.errorPrefix}`);
}

/** Where the warning of the expert route stands on the concern page (-1: absent). */
const warningAt = (body: string) => body.indexOf('data-testid="honour-warning"');

describe('the first signal asks about honour-related violence (required)', () => {
  it('refuses to open a concern without the answer: 400, the error next to the field, what was typed kept', async () => {
    const teacher = await signedIn('professional');
    const form = await teacher.get('/zorgen/nieuw');
    expect(form.body).toContain(h.question);
    expect(form.body).toContain('uitgehuwelijkt');

    const res = await postOpen(teacher, null, 'Aylin Demir');
    expect(res.statusCode).toBe(400);
    expectFieldError(res.body, 'honourRisk', t.errors.fields.honourRisk);
    expect(res.body).toContain('value="Aylin Demir"');
    expect(res.body).toContain('value="child" checked');
    // A value that is not one of the answers is no answer either.
    expect((await postOpen(teacher, 'maybe')).statusCode).toBe(400);
    expect(await app.database.db.selectFrom('concern').select('id').execute()).toEqual([]);
  });

  it('asks it with the first signal of a concern that has no answer yet (opened from a household)', async () => {
    const teacher = await signedIn('professional');
    const sister = await open(teacher, 'no', 'Elif Demir');
    let res = await teacher.post(`/zorgen/${sister}/huishouden`, { name: 'Aylin Demir', relation: 'zus', age: '15' });
    expect(res.statusCode, res.body).toBe(303);
    const member = await app.database.db.selectFrom('household_member').select('id').executeTakeFirstOrThrow();
    res = await teacher.post(`/zorgen/${sister}/huishouden/${member.id}/zorg`, {});
    expect(res.statusCode, res.body).toBe(303);
    const id = /\/zorgen\/([0-9a-f-]{36})/.exec(String(res.headers.location))![1]!;
    expect((await concernRow(id)).honour_risk).toBeNull();

    // Not asked yet: the concern page asks it at once, and so does the signal form.
    let page = await teacher.get(`/zorgen/${id}`);
    expect(page.body).toContain('data-testid="honour-question"');
    expect(page.body).toContain(h.notAsked);
    page = await teacher.get(`/zorgen/${id}/signaal?soort=observation`);
    expect(page.body).toContain(h.question);

    // Without the answer: 400, the error next to the question, the free text kept, nothing written.
    res = await postFreeText(teacher, id);
    expect(res.statusCode).toBe(400);
    expectFieldError(res.body, 'honourRisk', t.errors.fields.honourRisk);
    expect(res.body).toContain('bang dat ze in de zomervakantie wordt uitgehuwelijkt');
    expect(await kinds(id)).toEqual(['opened', 'linkedConcern']);

    // With "don't know": the signal and the answer, in one go; the concern is on the expert route.
    res = await postFreeText(teacher, id, { honourRisk: 'unknown' });
    expect(res.statusCode, res.body).toBe(303);
    expect((await concernRow(id)).honour_risk).toBe('unknown');
    expect(await kinds(id)).toEqual(['opened', 'linkedConcern', 'honourRisk', 'observation']);
    expect(await auditTypes(id)).toContain('concern.honourRisk.answer');
    page = await teacher.get(`/zorgen/${id}`);
    expect(warningAt(page.body)).toBeGreaterThan(-1);
    // The next signal does not ask again.
    page = await teacher.get(`/zorgen/${id}/signaal?soort=observation`);
    expect(page.body).not.toContain(h.question);
  });

  it('asks a volunteer too, in plain words, and warns in plain words', async () => {
    const coach = await signedIn('volunteer');
    const form = await coach.get('/zorgen/nieuw');
    expect(form.body).toContain(h.volunteerQuestion);
    expect(form.body).not.toContain(h.question);
    const refused = await postOpen(coach, null);
    expect(refused.statusCode).toBe(400);
    expectFieldError(refused.body, 'honourRisk', t.errors.fields.honourRisk);
    const id = await open(coach, 'yes');
    const page = await coach.get(`/zorgen/${id}`);
    expect(page.body).toContain(h.volunteerWarningTitle);
    expect(page.body).toContain('0800-2000');
    expect(page.body).not.toContain(h.warningTitle);
    // A volunteer reports through the aandachtsfunctionaris: no button of the professionals' steps.
    expect(page.body).not.toContain('besluit=melden');
  });
});

describe('"don\'t know" with only free text: the expert route', () => {
  it('the case of the issue: told only in free text, the conversation with the family is not recorded', async () => {
    const teacher = await signedIn('professional');
    const id = await open(teacher, 'unknown');
    expect((await postFreeText(teacher, id)).statusCode).toBe(303);
    let res = await teacher.post(`/zorgen/${id}/consultatie/vastleggen`, {
      withName: 'De mentor',
      advice: 'Met de ouders praten.',
    });
    expect(res.statusCode, res.body).toBe(303);
    res = await teacher.post(`/zorgen/${id}/gesprek`, conversation());
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Leg eerst het advies van Veilig Thuis vast');
    expect(await kinds(id)).not.toContain('conversation');
    const page = await teacher.get(`/zorgen/${id}`);
    expect(page.body).toContain('Eerst Veilig Thuis. Praat niet met de familie.');
  });

  it('warns at the top, refuses the conversation, and leads from step 1 to the report to Veilig Thuis', async () => {
    const teacher = await signedIn('professional');
    const id = await open(teacher, 'unknown');
    expect((await postFreeText(teacher, id)).statusCode).toBe(303);
    expect((await concernRow(id)).status).toBe('signals');

    // 1. The warning, at the top of the page: before the steps, the actions and the timeline.
    let page = await teacher.get(`/zorgen/${id}`);
    const at = warningAt(page.body);
    expect(at).toBeGreaterThan(-1);
    expect(at).toBeLessThan(page.body.indexOf('data-testid="concern-status"'));
    expect(at).toBeLessThan(page.body.indexOf('data-testid="entries"'));
    expect(page.body).toContain(h.warningTitle);
    expect(page.body).toContain('0800-2000');
    expect(page.body).toContain(`/zorgen/${id}/besluit?besluit=melden`);
    expect(page.body).toContain(`/zorgen/${id}/advies-vragen`);

    // 2. The conversation with the family is refused, in step 1 as in step 3, with the reason at the field.
    let res = await teacher.post(`/zorgen/${id}/gesprek`, conversation());
    expect(res.statusCode).toBe(400);
    expectFieldError(res.body, 'participants', t.errors.fields.expertFirst);
    expect(res.body).toContain('De vader en de moeder');
    res = await teacher.post(`/zorgen/${id}/consultatie/vastleggen`, {
      withName: 'De mentor',
      advice: 'Eerst Veilig Thuis bellen.',
    });
    expect(res.statusCode, res.body).toBe(303);
    expect((await concernRow(id)).status).toBe('conversation');
    page = await teacher.get(`/zorgen/${id}/gesprek`);
    expect(page.body).toContain(c.conversation.honour);
    res = await teacher.post(`/zorgen/${id}/gesprek`, conversation());
    expect(res.statusCode).toBe(400);
    expectFieldError(res.body, 'participants', t.errors.fields.expertFirst);
    expect(await kinds(id)).not.toContain('conversation');
    expect((await concernRow(id)).status).toBe('conversation');

    // 3. The report to Veilig Thuis, from where the concern is (not step 5): the way in from the
    // report page is the decision, never "this step is not possible now".
    res = await teacher.get(`/zorgen/${id}/melden`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/zorgen/${id}/besluit?besluit=melden`);
    page = await teacher.get(`/zorgen/${id}/besluit?besluit=melden`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(h.notInformed);
    expect(page.body).toMatch(/value="report" checked/);
    res = await teacher.post(`/zorgen/${id}/besluit`, {
      decision: 'report',
      reasons: 'Mogelijk huwelijksdwang: eerst Veilig Thuis.',
      informed: 'no',
    });
    expect(res.statusCode, res.body).toBe(303);
    expect((await concernRow(id)).status).toBe('report');
    page = await teacher.get(`/zorgen/${id}/melden`);
    expect(page.statusCode).toBe(200);
    const observation = await app.database.db
      .selectFrom('concern_entry')
      .select('id')
      .where('concern_id', '=', id)
      .where('kind', '=', 'observation')
      .executeTakeFirstOrThrow();
    res = await teacher.post(`/zorgen/${id}/melden`, {
      observations: [observation.id],
      household: [],
      acute: 'no',
      helpGiven: '',
      informed: 'no',
      notInformedGround: 'safetyOfPerson',
      notInformedExplanation: 'Mogelijk huwelijksdwang: de familie niet inlichten.',
      role: 'Mentor',
      phone: '0341 123 456',
      staysUnknown: '',
      staysUnknownReason: '',
    });
    expect(res.statusCode, res.body).toBe(303);
    expect(String(res.headers.location)).toContain('melding=gemeld');
    const report = await app.database.db.selectFrom('vt_report').select('concern_id').executeTakeFirstOrThrow();
    expect(report.concern_id).toBe(id);
    expect(await auditTypes(id)).toEqual(
      expect.arrayContaining(['concern.step.decideReport', 'concern.step.fileReport']),
    );
  });

  it('keeps the standard route as it was: no report before step 5 when the answer is "no"', async () => {
    const teacher = await signedIn('professional');
    const id = await open(teacher, 'no');
    expect((await postFreeText(teacher, id)).statusCode).toBe(303);
    const page = await teacher.get(`/zorgen/${id}`);
    expect(warningAt(page.body)).toBe(-1);
    const res = await teacher.post(`/zorgen/${id}/besluit`, { decision: 'report', reasons: 'Melden', informed: 'no' });
    expect(res.statusCode).toBe(409);
    expect((await teacher.get(`/zorgen/${id}/melden`)).statusCode).toBe(409);
  });
});

describe('answering later', () => {
  it('"yes" later puts an existing concern on the route; it is not taken back', async () => {
    const teacher = await signedIn('professional');
    const id = await open(teacher, 'no');
    expect((await postFreeText(teacher, id)).statusCode).toBe(303);
    let page = await teacher.get(`/zorgen/${id}`);
    expect(warningAt(page.body)).toBe(-1);
    expect(page.body).toContain(`action="/zorgen/${id}/eergerelateerd-geweld"`);

    // No choice: the concern page again, with the error next to the question.
    let res = await teacher.post(`/zorgen/${id}/eergerelateerd-geweld`, {});
    expect(res.statusCode).toBe(400);
    expectFieldError(res.body, 'honourRisk', t.errors.fields.honourRisk);

    res = await teacher.post(`/zorgen/${id}/eergerelateerd-geweld`, { honourRisk: 'yes' });
    expect(res.statusCode, res.body).toBe(303);
    expect((await concernRow(id)).honour_risk).toBe('yes');
    expect(await auditTypes(id)).toContain('concern.honourRisk.answer');
    page = await teacher.get(`/zorgen/${id}`);
    expect(warningAt(page.body)).toBeGreaterThan(-1);
    expect(page.body).toContain(h.entry(h.answerWords.yes));
    expect(page.body).toContain(h.entryPrevious(h.answerWords.no));
    expect(page.body).not.toContain(`action="/zorgen/${id}/eergerelateerd-geweld"`);

    // Back to "no" is refused: the route stays until Veilig Thuis's advice opens the conversation.
    res = await teacher.post(`/zorgen/${id}/eergerelateerd-geweld`, { honourRisk: 'no' });
    expect(res.statusCode).toBe(409);
    expect((await concernRow(id)).honour_risk).toBe('yes');
    expect((await teacher.post(`/zorgen/${id}/gesprek`, conversation())).statusCode).toBe(400);
    res = await teacher.post(`/zorgen/${id}/besluit`, { decision: 'report', reasons: 'Meteen melden', informed: 'no' });
    expect(res.statusCode, res.body).toBe(303);
    expect((await concernRow(id)).status).toBe('report');
  });

  it('asks on a concern from before the question (not asked), prominently, and a colleague of another school gets 404', async () => {
    const teacher = await signedIn('professional');
    const id = await open(teacher, 'no');
    await app.database.db.updateTable('concern').set({ honour_risk: null }).where('id', '=', id).execute();
    const page = await teacher.get(`/zorgen/${id}`);
    expect(page.body).toContain(h.notAsked);
    expect(page.body.indexOf('data-testid="honour-question"')).toBeLessThan(page.body.indexOf('data-testid="entries"'));
    const other = await new Agent(app.app).signIn(fixtureEmail('B', 'professional'));
    expect((await other.post(`/zorgen/${id}/eergerelateerd-geweld`, { honourRisk: 'yes' })).statusCode).toBe(404);
    expect((await concernRow(id)).honour_risk).toBeNull();
  });
});

describe('after the advice of Veilig Thuis', () => {
  it('allows the conversation once the advice is recorded', async () => {
    const teacher = await signedIn('professional');
    const id = await open(teacher, 'unknown');
    expect((await postFreeText(teacher, id)).statusCode).toBe(303);
    let res = await teacher.post(`/zorgen/${id}/consultatie/advies`, {
      adviser: 'veiligThuis',
      adviceText: 'Praat eerst alleen met het meisje op school; niet met de ouders. Wij komen in actie.',
    });
    expect(res.statusCode, res.body).toBe(303);
    const page = await teacher.get(`/zorgen/${id}`);
    expect(page.body).toContain(h.afterAdvice);
    res = await teacher.post(`/zorgen/${id}/gesprek`, { ...conversation(), participants: 'Het meisje, de mentor' });
    expect(res.statusCode, res.body).toBe(303);
    expect((await concernRow(id)).status).toBe('weighing');
    expect(await kinds(id)).toContain('conversation');
  });

  it('carries "don\'t know" over to a brother\'s concern opened from the household', async () => {
    const teacher = await signedIn('professional');
    const id = await open(teacher, 'unknown');
    await teacher.post(`/zorgen/${id}/huishouden`, { name: 'Emre Demir', relation: 'broer', age: '9' });
    const member = await app.database.db.selectFrom('household_member').select('id').executeTakeFirstOrThrow();
    const res = await teacher.post(`/zorgen/${id}/huishouden/${member.id}/zorg`, {});
    const brother = /\/zorgen\/([0-9a-f-]{36})/.exec(String(res.headers.location))![1]!;
    expect((await concernRow(brother)).honour_risk).toBe('unknown');
    const page = await teacher.get(`/zorgen/${brother}`);
    expect(warningAt(page.body)).toBeGreaterThan(-1);
    expect(page.body).toContain(h.entryInherited);
  });
});
