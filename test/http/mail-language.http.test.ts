// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 13: e-mail in the recipient's language, from the message files. A person chooses the language
 * of Kring's e-mail on their account page (Dutch unless they choose English); a notice and a reminder
 * then reach them in that language, while a colleague who chose nothing still gets Dutch.
 */
import { parse } from 'node-html-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runReminders } from '#src/modules/concerns/reminders.ts';
import { Agent, type Fixtures, fixtureEmail, seedFixtures, TestClock } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;
const clock = new TestClock();
const outbox = () => t.app.kring.mailer.outbox ?? [];
const DAY = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  t = await createTestApp({ clock: clock.now, authRateLimit: 10_000, jobPollingSeconds: 0.5 });
  fx = await seedFixtures(t.database.db, t.app.kring.config);
});
afterEach(() => t.close());

describe('the language of e-mail', () => {
  it('is chosen on the account page; a wrong value is said next to the field', async () => {
    const lead = await new Agent(t.app).signIn(fixtureEmail('A', 'safeguardingLead'));
    let page = parse((await lead.get('/account')).body);
    expect(page.querySelector('input[name="mailLocale"][value="nl"]')?.hasAttribute('checked')).toBe(true);

    const wrong = await lead.post('/account/taal', { mailLocale: 'fr' });
    expect(wrong.statusCode).toBe(400);
    expect(parse(wrong.body).querySelector('#mailLocale-error')?.textContent).toContain('Kies een taal');

    const saved = await lead.post('/account/taal', { mailLocale: 'en' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/account?melding=taal');
    page = parse((await lead.get('/account?melding=taal')).body);
    expect(page.querySelector('input[name="mailLocale"][value="en"]')?.hasAttribute('checked')).toBe(true);
    expect(page.textContent).toContain('De taal van uw e-mails is opgeslagen.');
    const row = await t.database.db
      .selectFrom('audit_event')
      .select('event_type_code')
      .where('user_id', '=', fx.users.A.safeguardingLead)
      .where('event_type_code', '=', 'user.mail_language')
      .executeTakeFirst();
    expect(row).toBeDefined();
  });

  it('is the one each recipient chose: the notice and the reminder in English for one, Dutch for another', async () => {
    const lead = await new Agent(t.app).signIn(fixtureEmail('A', 'safeguardingLead'));
    expect((await lead.post('/account/taal', { mailLocale: 'en' })).statusCode).toBe(303);

    // A volunteer records a concern: the notice goes to the aandachtsfunctionaris, in English.
    const coach = await new Agent(t.app).signIn(fixtureEmail('A', 'volunteer'));
    const opened = await coach.post('/zorgen/nieuw', {
      fullName: 'Sam de Sporter',
      'dateOfBirth-day': '',
      'dateOfBirth-month': '',
      'dateOfBirth-year': '',
      ageGroup: 'child',
      honourRisk: 'no',
    });
    expect(opened.statusCode, opened.body).toBe(303);
    const toLead = () => outbox().filter((m) => m.to === fixtureEmail('A', 'safeguardingLead'));
    await expect.poll(() => toLead().length, { timeout: 10_000 }).toBe(1);
    const notice = toLead()[0]!;
    expect(notice.subject).toBe('Kring: a volunteer has recorded a concern');
    expect(notice.text).toMatch(/^This message is about your work at School A/);

    // Five working days later the consultation is still unanswered: the reminder is English too.
    clock.advance(8 * DAY);
    const sent = await runReminders({
      db: t.database.db,
      now: clock.now(),
      mailer: t.app.kring.mailer,
      publicUrl: t.app.kring.config.publicUrl,
      auditKey: t.app.kring.keys.auditKey,
    });
    expect(sent.consultations).toBe(1);
    expect(toLead()).toHaveLength(2);
    const reminder = toLead().find((m) => m !== notice)!;
    expect(reminder.subject).toBe('Kring: a consultation request is waiting for an answer');
    expect(reminder.text).toContain('A consultation request is waiting for your answer in Kring.');
  });

  it('is Dutch for someone who chose nothing', async () => {
    const coach = await new Agent(t.app).signIn(fixtureEmail('A', 'volunteer'));
    await coach.post('/zorgen/nieuw', {
      fullName: 'Sam de Sporter',
      'dateOfBirth-day': '',
      'dateOfBirth-month': '',
      'dateOfBirth-year': '',
      ageGroup: 'child',
      honourRisk: 'no',
    });
    const toLead = () => outbox().filter((m) => m.to === fixtureEmail('A', 'safeguardingLead'));
    await expect.poll(() => toLead().length, { timeout: 10_000 }).toBe(1);
    expect(toLead()[0]!.subject).toBe('Kring: een vrijwilliger heeft een zorg vastgelegd');
    expect(toLead()[0]!.text).toMatch(/^Dit bericht gaat over uw werk bij School A/);
  });
});
