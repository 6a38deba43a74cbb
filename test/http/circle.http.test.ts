// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's pages (issue 14, scenario 04) over HTTP: two schools' professionals register the same
 * boy, both get a content-free e-mail in their language, each sees the other (who, never what), one
 * ends it and the match is gone; bad input comes back next to its field with the BSN fields empty;
 * another organisation's signal is 404 and audited; a volunteer is told in plain words why not (and
 * a registration sent anyway is refused, audited); the concern page links to registering with the
 * date of birth filled in and shows the state. The BSN appears in no page, URL, log line or row.
 */
import { Writable } from 'node:stream';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '#src/web/i18n/messages.ts';
import { Agent, type Fixtures, fixtureEmail, seedFixtures } from '#test/agent.ts';
import { databaseText } from '#test/database-text.ts';
import { distinctBsns } from '#test/fixtures/bsn.ts';
import { createTestApp } from '#test/setup.ts';

const nl = messages('nl').circle;
const en = messages('en').circle;
const [MILAN, MOTHER] = distinctBsns(2, 31337) as [string, string];
const lines: string[] = [];
const stream = new Writable({
  write(chunk, _enc, done) {
    lines.push(String(chunk));
    done();
  },
});

let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;
let femke: Agent;
let joost: Agent;
let volunteer: Agent;
const bodies: string[] = [];
const urls: string[] = [];
const outbox = () => t.app.kring.mailer.outbox ?? [];

beforeAll(async () => {
  t = await createTestApp({ authRateLimit: 10_000, jobPollingSeconds: 0.5, logger: { level: 'debug', stream } });
  fx = await seedFixtures(t.database.db, t.app.kring.config);
  femke = await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
  joost = await new Agent(t.app).signIn(fixtureEmail('B', 'professional'));
  volunteer = await new Agent(t.app).signIn(fixtureEmail('A', 'volunteer'));
  // Joost reads his e-mail in English.
  expect((await joost.post('/account/taal', { mailLocale: 'en' })).statusCode).toBe(303);
}, 60_000);
afterAll(() => t.close());

/** Sends a request and keeps what came back, for the scan for the BSN at the end. */
async function keep<R extends { body: string; headers: Record<string, unknown> }>(url: string, res: Promise<R>) {
  const r = await res;
  bodies.push(r.body);
  urls.push(url, String(r.headers.location ?? ''));
  return r;
}

function form(over: Record<string, string> = {}): Record<string, string> {
  return {
    zorg: '',
    bsn: MILAN,
    'dateOfBirth-day': '2',
    'dateOfBirth-month': '4',
    'dateOfBirth-year': '2013',
    parentBsn1: MOTHER,
    parentBsn2: '',
    contactName: 'Femke de Vries',
    contactRole: 'Zorgcoördinator',
    contactPhone: '0341-123456',
    contactEmail: 'femke@lyceum.example',
    parentsInforming: 'informed',
    youngPersonInforming: 'informed',
    ...over,
  };
}

function errorOf(html: string, id: string): string {
  return (parse(html).querySelector(`#${id}-error`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

let femkeSignal = '';
let joostSignal = '';

describe('scenario 04 on the pages', () => {
  it('the register form: the BSN fields empty, the contact filled in from the account', async () => {
    const page = parse((await keep('/kring/aanmelden', femke.get('/kring/aanmelden'))).body);
    expect(page.querySelector('input[name="bsn"]')?.getAttribute('value') ?? '').toBe('');
    expect(page.querySelector('input[name="contactName"]')?.getAttribute('value')).toBe('professional A CNRY-A-7f3a');
    expect(page.querySelector('input[name="contactEmail"]')?.getAttribute('value')).toBe(
      fixtureEmail('A', 'professional'),
    );
    expect(page.querySelectorAll('input[name="dateOfBirth-day"]')).toHaveLength(1);
  });

  it('bad input: errors next to the fields and in the summary, typed values kept, BSN fields empty', async () => {
    const res = await keep(
      '/kring/aanmelden',
      femke.post(
        '/kring/aanmelden',
        form({ bsn: '123456789', 'dateOfBirth-day': '31', 'dateOfBirth-month': '2', contactRole: '' }),
      ),
    );
    expect(res.statusCode).toBe(400);
    const page = parse(res.body);
    expect(errorOf(res.body, 'bsn')).toContain(nl.errors.bsnInvalid);
    expect(errorOf(res.body, 'bsn')).toContain(nl.bsnRetype);
    expect(errorOf(res.body, 'dateOfBirth')).toContain(nl.errors.dateOfBirthInvalid);
    expect(errorOf(res.body, 'contactRole')).toContain(nl.errors.contactRoleRequired);
    expect(errorOf(res.body, 'parentBsn1')).toContain(nl.parentBsnRetype);
    expect(
      page.querySelectorAll('.utrecht-alert a, [class*="error-summary"] a').map((a) => a.getAttribute('href')),
    ).toEqual(expect.arrayContaining(['#bsn', '#dateOfBirth', '#parentBsn1', '#contactRole']));
    expect(page.querySelector('input[name="bsn"]')?.getAttribute('value') ?? '').toBe('');
    expect(page.querySelector('input[name="parentBsn1"]')?.getAttribute('value') ?? '').toBe('');
    expect(page.querySelector('input[name="contactPhone"]')?.getAttribute('value')).toBe('0341-123456');
    expect(page.querySelector('input[name="dateOfBirth-day"]')?.getAttribute('value')).toBe('31');
    expect(res.body).not.toContain(MOTHER);
  });

  it('a valid BSN with another field wrong still comes back empty, asking to type it again', async () => {
    const res = await keep(
      '/kring/aanmelden',
      femke.post('/kring/aanmelden', form({ contactPhone: '', contactEmail: '' })),
    );
    expect(res.statusCode).toBe(400);
    expect(errorOf(res.body, 'bsn')).toBe(
      `${messages('nl').common.errorPrefix.trim()} ${nl.bsnRetype}`.trim().replace(/^(\S+)\s/, '$1 '),
    );
    expect(errorOf(res.body, 'contactPhone')).toContain(nl.errors.contactPhoneOrEmailRequired);
    expect(res.body).not.toContain(MILAN);
  });

  it('Femke registers Milan: no match yet, no e-mail', async () => {
    const res = await keep('/kring/aanmelden', femke.post('/kring/aanmelden', form()));
    expect(res.statusCode, res.body).toBe(303);
    const location = String(res.headers.location);
    expect(location).toMatch(/^\/kring\/[0-9a-f-]{36}\?melding=aangemeld$/);
    femkeSignal = location.slice(7, 43);
    const page = await keep(location, femke.get(location));
    expect(parse(page.body).querySelector('[data-testid="no-matches"]')?.textContent).toContain(nl.match.none);
  });

  it('Joost registers Milan too: both get a content-free e-mail in their language; each sees the other', async () => {
    const res = await keep(
      '/kring/aanmelden',
      joost.post(
        '/kring/aanmelden',
        form({
          bsn: `${MILAN.slice(0, 4)} ${MILAN.slice(4)}`,
          parentBsn1: '',
          contactName: 'Joost Smit',
          contactRole: 'Jeugdhulpverlener',
          contactPhone: '0341-654321',
          contactEmail: 'joost@jeugdzorg.example',
        }),
      ),
    );
    expect(res.statusCode, res.body).toBe(303);
    joostSignal = String(res.headers.location).slice(7, 43);
    await expect.poll(() => outbox().length, { timeout: 10_000 }).toBe(2);
    const toFemke = outbox().find((m) => m.to === fixtureEmail('A', 'professional'))!;
    const toJoost = outbox().find((m) => m.to === fixtureEmail('B', 'professional'))!;
    expect(toFemke.subject).toBe(nl.mail.subject);
    expect(toJoost.subject).toBe(en.mail.subject);
    for (const mail of [toFemke, toJoost]) {
      for (const secret of [MILAN, 'Femke', 'Joost', 'CNRY', '2013', 'School']) expect(mail.text).not.toContain(secret);
    }

    const seenByFemke = parse((await keep('/kring', femke.get(`/kring/${femkeSignal}`))).body);
    const row = seenByFemke.querySelector('[data-testid="matches"] tbody tr')!.textContent.replace(/\s+/g, ' ');
    expect(row).toContain('Joost Smit');
    expect(row).toContain('School B CNRY-B-7f3a');
    expect(row).toContain('0341-654321');
    const seenByJoost = (await keep('/kring', joost.get('/kring'))).body;
    expect(seenByJoost).toContain('Femke de Vries');
    expect(seenByJoost).toContain('School A CNRY-A-7f3a');
    expect(seenByJoost).not.toContain(MOTHER);
  });

  it('another organisation’s signal is 404, audited; ending it too, and nothing changes', async () => {
    const res = await keep('/kring', joost.get(`/kring/${femkeSignal}`));
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Femke de Vries');
    const end = await keep('/kring', joost.post(`/kring/${femkeSignal}/beeindigen`, { reason: 'withdrawn' }));
    expect(end.statusCode).toBe(404);
    const rows = await t.database.db
      .selectFrom('audit_event')
      .select(['event_type_code', 'event_outcome_indicator', 'participant_object_id'])
      .where('user_id', '=', fx.users.B.professional)
      .where('participant_object_id', '=', femkeSignal)
      .execute();
    expect(rows.map((r) => [r.event_type_code, r.event_outcome_indicator])).toEqual([
      ['circle.match.read', 4],
      ['circle.signal.withdraw', 4],
    ]);
    expect((await t.database.db.selectFrom('circle_signal').select('id').execute()).length).toBe(2);
  });

  it('ending needs a reason; Femke withdraws, and Joost sees no match any more', async () => {
    const none = await keep('/kring', femke.post(`/kring/${femkeSignal}/beeindigen`, { reason: '' }));
    expect(none.statusCode).toBe(400);
    expect(errorOf(none.body, 'reason')).toContain(nl.match.endReasonRequired);
    const done = await keep('/kring', femke.post(`/kring/${femkeSignal}/beeindigen`, { reason: 'withdrawn' }));
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/kring?melding=beeindigd');
    expect((await keep('/kring', femke.get(`/kring/${femkeSignal}`))).statusCode).toBe(404);
    const joostPage = parse((await keep('/kring', joost.get(`/kring/${joostSignal}`))).body);
    expect(joostPage.querySelector('[data-testid="no-matches"]')).not.toBeNull();
    expect(joostPage.textContent).not.toContain('Femke de Vries');
  });

  it('the English pages answer too', async () => {
    const res = await keep('/en/kring', joost.get('/en/kring'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(en.overview.title);
  });
});

describe('without a basis', () => {
  it('the volunteer finds De Kring in the menu and is told why not, with what to do instead', async () => {
    const home = parse((await volunteer.get('/zorgen')).body);
    expect(home.querySelectorAll('nav a').map((a) => a.getAttribute('href'))).toContain('/kring');
    for (const url of ['/kring', '/kring/aanmelden']) {
      const res = await keep(url, volunteer.get(url));
      expect(res.statusCode).toBe(200);
      const page = parse(res.body);
      expect(page.querySelector('h1')?.textContent).toBe(nl.noBasis.title);
      expect(page.querySelector('input[name="bsn"]')).toBeNull();
      const text = page.textContent;
      expect(text).toContain('0800-2000');
      expect(text).toContain('112');
      expect(page.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/zorgen/nieuw');
    }
  });

  it('a registration the volunteer sends anyway is refused (403, audited), and nothing is stored', async () => {
    const res = await keep('/kring/aanmelden', volunteer.post('/kring/aanmelden', form()));
    expect(res.statusCode).toBe(403);
    expect(parse(res.body).querySelector('h1')?.textContent).toBe(nl.noBasis.title);
    const row = await t.database.db
      .selectFrom('audit_event')
      .select(['event_type_code', 'event_outcome_indicator'])
      .where('user_id', '=', fx.users.A.volunteer)
      .where('event_type_code', '=', 'circle.signal.register')
      .executeTakeFirst();
    expect(row).toEqual({ event_type_code: 'circle.signal.register', event_outcome_indicator: 4 });
    expect((await t.database.db.selectFrom('circle_signal').select('id').execute()).length).toBe(1);
  });

  it('an administrator (not someone who works with concerns) is refused by the route', async () => {
    const admin = await new Agent(t.app).signIn(fixtureEmail('A', 'administrator'));
    expect((await admin.get('/kring')).statusCode).toBe(403);
  });
});

describe('from a concern dossier', () => {
  it('links to registering with the date of birth filled in, then shows “registered on…” and how many', async () => {
    const opened = await femke.post('/zorgen/nieuw', {
      fullName: 'Milan Jansen',
      'dateOfBirth-day': '2',
      'dateOfBirth-month': '4',
      'dateOfBirth-year': '2013',
      ageGroup: 'child',
      honourRisk: 'no',
    });
    expect(opened.statusCode, opened.body).toBe(303);
    const concernId = /\/zorgen\/([0-9a-f-]{36})/.exec(String(opened.headers.location))![1]!;
    const concern = parse((await femke.get(`/zorgen/${concernId}`)).body);
    const link = concern
      .querySelectorAll('[data-testid="circle-state"] a')
      .find((a) => a.textContent.includes(nl.concern.register))!
      .getAttribute('href')!;
    expect(link).toBe(`/kring/aanmelden?zorg=${concernId}&geboren=2013-04-02`);
    const formPage = parse((await keep(link, femke.get(link))).body);
    expect(formPage.querySelector('input[name="dateOfBirth-day"]')?.getAttribute('value')).toBe('2');
    expect(formPage.querySelector('input[name="dateOfBirth-year"]')?.getAttribute('value')).toBe('2013');
    expect(formPage.querySelector('input[name="zorg"]')?.getAttribute('value')).toBe(concernId);
    // The second click: submit after typing the BSN (the rest is filled in, informing chosen).
    const values: Record<string, string> = {};
    for (const input of formPage.querySelectorAll('form.kring-form input')) {
      const name = input.getAttribute('name');
      const type = input.getAttribute('type');
      if (name && type !== 'radio' && name !== '_csrf') values[name] = input.getAttribute('value') ?? '';
    }
    const sent = await keep(
      '/kring/aanmelden',
      femke.post('/kring/aanmelden', {
        ...values,
        bsn: MILAN,
        contactRole: 'Mentor',
        parentsInforming: 'informed',
        youngPersonInforming: 'notInInterest',
      }),
    );
    expect(sent.statusCode, sent.body).toBe(303);
    const after = parse((await femke.get(`/zorgen/${concernId}`)).body);
    const state = after.querySelector('[data-testid="circle-state"]')!.textContent.replace(/\s+/g, ' ');
    expect(state).toContain(nl.concern.registered('2 april 2013').split(' op ')[0]!);
    expect(state).toContain(nl.concern.involved(1));
  });

  it('a volunteer’s concern page does not show the circle', async () => {
    const opened = await volunteer.post('/zorgen/nieuw', {
      fullName: 'Sam',
      'dateOfBirth-day': '',
      'dateOfBirth-month': '',
      'dateOfBirth-year': '',
      ageGroup: 'child',
      honourRisk: 'no',
    });
    const id = /\/zorgen\/([0-9a-f-]{36})/.exec(String(opened.headers.location))![1]!;
    expect(parse((await volunteer.get(`/zorgen/${id}`)).body).querySelector('[data-testid="circle-state"]')).toBeNull();
  });
});

describe('the BSN stays out', () => {
  it('of every page, URL and redirect, the log, and the database in clear', async () => {
    const spaced = `${MILAN.slice(0, 4)} ${MILAN.slice(4)}`;
    for (const secret of [MILAN, MOTHER, spaced]) {
      expect(bodies.filter((b) => b.includes(secret))).toEqual([]);
      expect(urls.filter((u) => u.includes(secret))).toEqual([]);
      expect(lines.filter((l) => l.includes(secret))).toEqual([]);
    }
    expect(lines.length).toBeGreaterThan(0);
    const text = await databaseText(t.database.db);
    expect(text).toContain(joostSignal);
    expect(text).not.toContain(MILAN);
    expect(text).not.toContain(MOTHER);
  });
});
