// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 12, item 4: the check date agreed with a decision to help (afwegingskader question 5) is seen
 * where people look, not only on the concern page: the professional's list, Mijn Kring and the
 * aandachtsfunctionaris' dashboard, marked when it is reached and when it is past. The reminder is
 * tested with the app's clock moved to the check date and beyond.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEntry } from '#src/modules/concerns/entry.repository.ts';
import { runReminders } from '#src/modules/concerns/reminders.ts';
import { Agent, type Fixtures, fixtureEmail, seedFixtures, TestClock } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';

const DAY = 24 * 60 * 60 * 1000;
let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;
let clock: TestClock;

beforeEach(async () => {
  clock = new TestClock();
  t = await createTestApp({ clock: clock.now, authRateLimit: 10_000 });
  fx = await seedFixtures(t.database.db, t.app.kring.config);
});
afterEach(() => t.close());

/** The calendar date in Amsterdam of a moment, and its parts (written here, not taken from Kring). */
function amsterdamDay(moment: Date): { iso: string; day: string; month: string; year: string; text: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
      .formatToParts(moment)
      .map((p) => [p.type, p.value]),
  );
  const text = new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(moment);
  return {
    iso: `${parts.year}-${parts.month}-${parts.day}`,
    day: String(Number(parts.day)),
    month: String(Number(parts.month)),
    year: String(parts.year),
    text,
  };
}

/** The text of an element with a data-testid, up to the end of its table (or section). */
function section(body: string, testId: string): string {
  const start = body.indexOf(`data-testid="${testId}"`);
  if (start < 0) return '';
  return body.slice(start, body.indexOf('</section>', start));
}

/** A concern of organisation A by the teacher, ready for the decision (the afwegingskader says: help). */
async function concernAtDecision(teacher: Agent): Promise<string> {
  const res = await teacher.post('/zorgen/nieuw', {
    fullName: 'Tara Bakker',
    'dateOfBirth-day': '3',
    'dateOfBirth-month': '3',
    'dateOfBirth-year': '2012',
    ageGroup: 'child',
    honourRisk: 'no',
  });
  const id = /\/zorgen\/([0-9a-f-]{36})/.exec(String(res.headers.location))![1]!;
  // The meldcode itself is tested elsewhere: the dossier is put at step 5 with the outcome "help".
  await t.database.db.transaction().execute(async (trx) => {
    await trx.updateTable('concern').set({ status: 'deciding' }).where('id', '=', id).execute();
    await appendEntry(trx, {
      concernId: id,
      authorId: fx.users.A.professional,
      entry: {
        kind: 'weighing',
        data: { answers: { 1: true, 2: false, 3: true, 4: true }, rationale: {}, outcome: 'help' },
      },
      occurredAt: null,
      correctsId: null,
      now: clock.now(),
    });
  });
  return id;
}

describe('the agreed check date (issue 12, item 4)', () => {
  it('shows in the list, on Mijn Kring and on the dashboard, marked when reached and past; the reminder comes once', async () => {
    const teacherEmail = fixtureEmail('A', 'professional');
    const leadEmail = fixtureEmail('A', 'safeguardingLead');
    let teacher = await new Agent(t.app).signIn(teacherEmail);
    const id = await concernAtDecision(teacher);
    const check = amsterdamDay(new Date(clock.now().getTime() + 42 * DAY));

    // "Help, check in 6 weeks."
    const decided = await teacher.post(`/zorgen/${id}/besluit`, {
      decision: 'help',
      reasons: 'Begeleiding door de mentor en het zorgteam.',
      'checkDate-day': check.day,
      'checkDate-month': check.month,
      'checkDate-year': check.year,
    });
    expect(decided.statusCode, decided.body).toBe(303);

    // Six weeks to go: the date shows, not yet marked.
    let list = await teacher.get('/zorgen');
    expect(list.body).toContain(check.text);
    expect(list.body).not.toContain(`${check.text} (vandaag)`);
    let home = await teacher.get('/mijn-kring');
    const upcoming = section(home.body, 'check-dates');
    expect(upcoming).toContain(`href="/zorgen/${id}"`);
    expect(upcoming).toContain(check.text);
    expect(upcoming).not.toContain('(verstreken)');
    let lead = await new Agent(t.app).signIn(leadEmail);
    expect(section((await lead.get('/zorgen/overzicht')).body, 'check-dates')).toContain(check.text);
    expect(await runReminders(reminderDeps())).toEqual({ consultations: 0, checkDates: 0 });

    // The clock moves to the morning of the check date (Amsterdam): reached, and the reminder goes once.
    clock.advance(42 * DAY);
    expect(amsterdamDay(clock.now()).iso).toBe(check.iso);
    teacher = await new Agent(t.app).signIn(teacherEmail);
    list = await teacher.get('/zorgen');
    expect(list.body).toContain(`${check.text} (vandaag)`);
    const before = (t.app.kring.mailer.outbox ?? []).length;
    expect(await runReminders(reminderDeps())).toEqual({ consultations: 0, checkDates: 1 });
    const mails = (t.app.kring.mailer.outbox ?? []).slice(0, (t.app.kring.mailer.outbox ?? []).length - before);
    expect(mails.map((m) => m.to).sort()).toEqual([leadEmail, teacherEmail].sort());
    for (const mail of mails) expect(mail.text).not.toContain('Tara');
    expect(await runReminders(reminderDeps())).toEqual({ consultations: 0, checkDates: 0 });

    // A day later it is past: marked in words everywhere it shows.
    clock.advance(DAY);
    teacher = await new Agent(t.app).signIn(teacherEmail);
    expect((await teacher.get('/zorgen')).body).toContain(`${check.text} (verstreken)`);
    home = await teacher.get('/mijn-kring');
    expect(section(home.body, 'check-dates')).toContain(`${check.text} (verstreken)`);
    lead = await new Agent(t.app).signIn(leadEmail);
    const dashboard = await lead.get('/zorgen/overzicht');
    expect(section(dashboard.body, 'check-dates')).toContain(`${check.text} (verstreken)`);
    expect(await runReminders(reminderDeps())).toEqual({ consultations: 0, checkDates: 0 });

    // Question 5 at the check date: the help did not work. The page shows that outcome (report), no
    // longer the afwegingskader's "help" of six weeks ago.
    const reviewed = await teacher.post(`/zorgen/${id}/hulp`, {
      succeeded: 'no',
      notes: 'Thuis is het niet veiliger geworden; Tara verzuimt weer.',
    });
    expect(reviewed.statusCode, reviewed.body).toBe(303);
    const page = await teacher.get(`/zorgen/${id}`);
    const start = page.body.indexOf('data-testid="weighing-outcome"');
    const outcome = page.body.slice(start, page.body.indexOf('</div>', start));
    expect(outcome).toContain('De hulp leidt niet tot veiligheid. Meld (opnieuw) bij Veilig Thuis.');
    expect(outcome).not.toContain('Bied of organiseer hulp');
    // The list and Mijn Kring no longer show a check that was answered.
    expect(section((await teacher.get('/mijn-kring')).body, 'check-dates')).not.toContain(id);
  });

  it('Mijn Kring shows only the checks of concerns one can see, and none for roles without concerns', async () => {
    const teacher = await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
    const id = await concernAtDecision(teacher);
    const check = amsterdamDay(new Date(clock.now().getTime() + 10 * DAY));
    await teacher.post(`/zorgen/${id}/besluit`, {
      decision: 'help',
      reasons: 'Hulp door het zorgteam.',
      'checkDate-day': check.day,
      'checkDate-month': check.month,
      'checkDate-year': check.year,
    });
    // A colleague who was not added, and the other organisation's lead, see no check of it.
    for (const email of [fixtureEmail('A', 'volunteer'), fixtureEmail('B', 'safeguardingLead')]) {
      const agent = await new Agent(t.app).signIn(email);
      const home = await agent.get('/mijn-kring');
      expect(home.statusCode).toBe(200);
      expect(home.body, email).not.toContain(id);
      expect(home.body, email).not.toContain('Tara');
    }
    // A privacy officer works with no concerns: no list at all.
    const officer = await new Agent(t.app).signIn(fixtureEmail('A', 'privacyOfficer'));
    expect(section((await officer.get('/mijn-kring')).body, 'check-dates')).toBe('');
  });
});

function reminderDeps() {
  return {
    db: t.database.db,
    now: clock.now(),
    mailer: t.app.kring.mailer,
    publicUrl: t.app.kring.config.publicUrl,
    auditKey: t.app.kring.keys.auditKey,
  };
}
