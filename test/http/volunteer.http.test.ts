// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 12, item 5: the volunteer is left guessing. A volunteer's concern page names the contact
 * person and how to reach them, speaks plain words instead of the meldcode's terms, shows 112 and
 * Veilig Thuis at the top, and a step that is not his says it is about his role.
 */
import { parse } from 'node-html-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messages } from '#src/web/i18n/messages.ts';
import { Agent, type Fixtures, fixtureEmail, seedFixtures } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';

const nl = messages('nl');
let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;

beforeEach(async () => {
  t = await createTestApp({ authRateLimit: 10_000 });
  fx = await seedFixtures(t.database.db, t.app.kring.config);
});
afterEach(() => t.close());

/** The visible text of the page's main content, up to the dossier's timeline. */
function mainText(html: string): string {
  const text = (parse(html).querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');
  const timeline = text.indexOf('Alles wat is vastgelegd');
  return timeline < 0 ? text : text.slice(0, timeline);
}

/** Meldcode terms a volunteer should not have to know. */
const JARGON = [/consultatie/i, /meldcode/i, /kindcheck/i, /afwegingskader/i, /\bstap \d/i];

async function volunteerConcern(): Promise<{ coach: Agent; id: string }> {
  const coach = await new Agent(t.app).signIn(fixtureEmail('A', 'volunteer'));
  const res = await coach.post('/zorgen/nieuw', {
    fullName: 'Sam de Sporter',
    'dateOfBirth-day': '',
    'dateOfBirth-month': '',
    'dateOfBirth-year': '',
    ageGroup: 'child',
    honourRisk: 'no',
  });
  expect(res.statusCode, res.body).toBe(303);
  return { coach, id: /\/zorgen\/([0-9a-f-]{36})/.exec(String(res.headers.location))![1]! };
}

describe('the volunteer’s concern (issue 12, item 5)', () => {
  it('names the contact person with a way to reach them, and puts 112 and Veilig Thuis at the top', async () => {
    const { coach, id } = await volunteerConcern();
    const page = await coach.get(`/zorgen/${id}`);
    expect(page.statusCode).toBe(200);
    const root = parse(page.body);
    const contact = root.querySelector('[data-testid="contact-person"]');
    expect(contact?.textContent).toContain(`safeguardingLead A`);
    expect(contact?.querySelector('a')?.getAttribute('href')).toBe(`mailto:${fixtureEmail('A', 'safeguardingLead')}`);
    // 112 and 0800-2000 come right under the heading, before where the concern is.
    const text = mainText(page.body);
    const urgent = text.indexOf('Bel 112');
    expect(urgent).toBeGreaterThan(0);
    expect(text.indexOf('0800-2000')).toBeGreaterThan(urgent);
    expect(urgent).toBeLessThan(text.indexOf(nl.concerns.volunteer.statusTitle));
    // What happens now, in plain words.
    expect(text).toContain(nl.concerns.volunteer.status.consultation);
  });

  it('speaks plain words: no meldcode terms on the concern, the list or the page to talk it over', async () => {
    const { coach, id } = await volunteerConcern();
    for (const url of [`/zorgen/${id}`, '/zorgen', `/zorgen/${id}/consultatie`]) {
      const res = await coach.get(url);
      expect(res.statusCode, url).toBe(200);
      const text = mainText(res.body);
      for (const term of JARGON) expect(text, `${url}: ${term}`).not.toMatch(term);
    }
    const list = mainText((await coach.get('/zorgen')).body);
    expect(list).toContain(nl.concerns.volunteer.statusShort.consultation);
    const talk = await coach.get(`/zorgen/${id}/consultatie`);
    expect(mainText(talk.body)).toContain(nl.concerns.volunteer.talkItOver);
    // A professional still reads the meldcode's own words.
    const teacher = await new Agent(t.app).signIn(fixtureEmail('A', 'safeguardingLead'));
    expect(mainText((await teacher.get(`/zorgen/${id}`)).body)).toContain('Stap 2');
  });

  it('a step that is not his says it is about his role, on the page and on the form', async () => {
    const { coach, id } = await volunteerConcern();
    const refusals = [
      await coach.get(`/zorgen/${id}/gesprek`),
      await coach.get(`/zorgen/${id}/afweging`),
      await coach.get(`/zorgen/${id}/besluit`),
      await coach.get(`/zorgen/${id}/melden`),
      await coach.get(`/zorgen/${id}/advies-vragen`),
      await coach.post(`/zorgen/${id}/consultatie/vastleggen`, { withName: 'X', advice: 'Y' }),
      await coach.post(`/zorgen/${id}/gesprek`, { participants: 'Moeder', reaction: 'Geen' }),
      await coach.post(`/zorgen/${id}/besluit`, { decision: 'close', reasons: 'Niets aan de hand' }),
    ];
    for (const res of refusals) {
      expect(res.statusCode).toBe(403);
      expect(res.body).toContain(nl.errors.stepNotForRoleTitle);
      expect(res.body).toContain(nl.errors.stepNotForRoleBody.professional);
    }
    const status = await t.database.db
      .selectFrom('concern')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe('consultation');
  });

  it('a professional who tries the aandachtsfunctionaris’ step is told whose it is', async () => {
    const teacher = await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
    const res = await teacher.post('/zorgen/nieuw', {
      fullName: 'Tara Bakker',
      'dateOfBirth-day': '',
      'dateOfBirth-month': '',
      'dateOfBirth-year': '',
      ageGroup: 'child',
      honourRisk: 'no',
    });
    const id = /\/zorgen\/([0-9a-f-]{36})/.exec(String(res.headers.location))![1]!;
    await t.database.db.updateTable('concern').set({ status: 'closed' }).where('id', '=', id).execute();
    const reopen = await teacher.post(`/zorgen/${id}/heropenen`, { reason: 'Nieuwe signalen' });
    expect(reopen.statusCode).toBe(403);
    expect(reopen.body).toContain(nl.errors.stepNotForRoleBody.lead);
  });

  it('says what to do when the organisation has no aandachtsfunctionaris in Kring', async () => {
    await t.database.db
      .deleteFrom('membership')
      .where('organisation_id', '=', fx.organisations.A)
      .where('role', '=', 'safeguardingLead')
      .execute();
    const { coach, id } = await volunteerConcern();
    const contact = parse((await coach.get(`/zorgen/${id}`)).body).querySelector('[data-testid="contact-person"]');
    expect(contact?.textContent).toContain(nl.concerns.volunteer.contactNone);
  });
});
