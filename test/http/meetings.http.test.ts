// SPDX-License-Identifier: EUPL-1.2
/**
 * The network's meetings over HTTP (issue 15 item 3, ADR 0038), without JavaScript: the editor plans
 * a meeting (bad input comes back next to the fields with everything typed kept); the public page in
 * Dutch and English; Ahmed registers, gets a confirmation e-mail with a cancel link, downloads the
 * calendar file; the meeting fills, the next waits, a cancel moves them up with an e-mail; the editor
 * downloads the attendance list (formulas defused); a professional, a school's editor and a visitor
 * are refused the editor's pages; agreements carry over to the next meeting's page; the registration
 * form is rate limited per address.
 */
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from '#test/agent.ts';
import { createMember, createOrganisation, signedIn } from '#test/factories/users.ts';
import { createTestApp } from '#test/setup.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let petra: Agent;
let professional: Agent;
let schoolEditor: Agent;

const outbox = () => t.app.kring.mailer.outbox ?? [];
const mailsTo = (to: string) => outbox().filter((m) => m.to === to);

const MEETING = {
  title: 'Samen sterk in de kring van veiligheid',
  'date-day': '15',
  'date-month': '11',
  'date-year': '2027',
  startTime: '19:30',
  endTime: '22:00',
  placeName: 'Stadhuis',
  placeAddress: 'Havendam 56, Harderwijk',
  agenda: 'Welkom door de wethouder\nVerbind voor het kind!\nGesprek in kleine groepen',
  capacity: '2',
  published: 'ja',
  announcementArticleId: '',
  retrospectiveArticleId: '',
};

function ahmed(email = 'ahmed@vvharderwijk.example') {
  return { name: 'Ahmed', organisation: 'VV Harderwijk', email, role: 'volunteer' };
}

/** Plans a meeting as Petra; returns its id. */
async function plan(fields: Record<string, string>): Promise<string> {
  const res = await petra.post('/netwerk/bijeenkomsten/nieuw', fields);
  expect(res.statusCode, res.body).toBe(303);
  const id = /\/netwerk\/bijeenkomsten\/([0-9a-f-]{36})\?melding=aangemaakt$/.exec(res.headers.location as string)?.[1];
  expect(id).toBeDefined();
  return id!;
}

let meetingId: string;

beforeAll(async () => {
  t = await createTestApp({ authRateLimit: 10_000, residentRateLimit: 1000, jobPollingSeconds: 0.5 });
  const municipality = await createOrganisation(t.app, { name: 'Gemeente Harderwijk', type: 'municipality' });
  const school = await createOrganisation(t.app, { name: 'Veluwe College', type: 'school' });
  petra = await signedIn(t.app, await createMember(t.app, 'editor', { organisation: municipality }));
  professional = await signedIn(t.app, await createMember(t.app, 'professional', { organisation: school }));
  schoolEditor = await signedIn(t.app, await createMember(t.app, 'editor', { organisation: school }));
  meetingId = await plan(MEETING);
}, 60_000);
afterAll(() => t.close());

describe('the editor plans a meeting', () => {
  it('comes back with the errors next to the fields and everything typed kept', async () => {
    const res = await petra.post('/netwerk/bijeenkomsten/nieuw', {
      ...MEETING,
      title: '',
      'date-day': '31',
      'date-month': '2',
      endTime: '18:00',
      capacity: 'tachtig',
      retrospectiveArticleId: 'niet-een-id',
    });
    expect(res.statusCode).toBe(400);
    const doc = parse(res.body);
    const summary = doc
      .querySelectorAll('.govuk-error-summary a, [class*="error-summary"] a')
      .map((a) => a.text.trim());
    expect(summary).toEqual([
      'Vul de naam van de bijeenkomst in',
      'Vul een echte datum in, zoals 16 11 2027',
      'De eindtijd moet na de begintijd liggen',
      'Vul een aantal plaatsen in tussen 1 en 5000',
      'Kies een artikel uit de lijst, of geen artikel',
    ]);
    expect(doc.querySelector('#placeAddress')?.getAttribute('value')).toBe('Havendam 56, Harderwijk');
    expect(doc.querySelector('#capacity')?.getAttribute('value')).toBe('tachtig');
    expect(doc.querySelector('#agenda')?.text).toContain('Verbind voor het kind!');
    expect(await t.database.db.selectFrom('meeting').select('id').execute()).toHaveLength(1);
  });

  it('shows the meeting with its registrations to the editor, and refuses everyone else', async () => {
    const page = await petra.get(`/netwerk/bijeenkomsten/${meetingId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Samen sterk in de kring van veiligheid');
    const form = await petra.get(`/netwerk/bijeenkomsten/${meetingId}/wijzigen`);
    expect(parse(form.body).querySelector('#startTime')?.getAttribute('value')).toBe('19:30');
    expect(parse(form.body).querySelector('#date-day')?.getAttribute('value')).toBe('15');
    for (const agent of [professional, schoolEditor]) {
      for (const url of [
        '/netwerk/bijeenkomsten',
        `/netwerk/bijeenkomsten/${meetingId}`,
        `/netwerk/bijeenkomsten/${meetingId}/aanwezigen.csv`,
      ]) {
        expect((await agent.get(url)).statusCode, url).toBe(403);
      }
      expect((await agent.post('/netwerk/bijeenkomsten/nieuw', MEETING)).statusCode).toBe(403);
    }
    const visitor = await new Agent(t.app).get(`/netwerk/bijeenkomsten/${meetingId}/aanwezigen.csv`);
    expect(visitor.statusCode).not.toBe(200);
    expect(visitor.body).not.toContain('Naam,');
    expect(await t.database.db.selectFrom('meeting').select('id').execute()).toHaveLength(1);
  });
});

describe('registering, the waiting list and cancelling', () => {
  it('confirms Ahmed with a cancel link, waits the third, moves them up when one cancels', async () => {
    const visitor = new Agent(t.app);
    for (const [path, words] of [
      ['/bijeenkomsten', 'Netwerkbijeenkomsten'],
      ['/en/bijeenkomsten', 'Network meetings'],
      [`/bijeenkomsten/${meetingId}`, 'Nog 2 van 2 plaatsen vrij'],
      [`/en/bijeenkomsten/${meetingId}`, '2 of 2 places free'],
    ] as const) {
      const res = await visitor.get(path);
      expect(res.statusCode, path).toBe(200);
      expect(res.body).toContain(words);
      expect(res.body).toContain('Samen sterk in de kring van veiligheid');
    }
    const detail = await visitor.get(`/bijeenkomsten/${meetingId}`);
    expect(detail.body).toContain('maandag 15 november 2027 van 19:30 tot 22:00 uur');
    expect(detail.body).toContain('Verbind voor het kind!');

    // A form with errors stores nothing and keeps what was typed.
    const bad = await visitor.post(`/bijeenkomsten/${meetingId}`, { ...ahmed('geen-adres'), role: '' });
    expect(bad.statusCode).toBe(400);
    expect(parse(bad.body).querySelector('#name')?.getAttribute('value')).toBe('Ahmed');
    expect(bad.body).toContain('Vul een e-mailadres in zoals naam@voorbeeld.nl');
    expect(bad.body).toContain('Kies of u komt als inwoner, vrijwilliger of professional');

    const res = await visitor.post(`/bijeenkomsten/${meetingId}`, ahmed());
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe(`/bijeenkomsten/${meetingId}/ontvangen`);
    expect((await visitor.get(res.headers.location as string)).body).toContain('Aanmelding ontvangen');
    await expect.poll(() => mailsTo('ahmed@vvharderwijk.example').length, { timeout: 10_000 }).toBe(1);
    const mail = mailsTo('ahmed@vvharderwijk.example')[0]!;
    expect(mail.subject).toBe('Aanmelding bevestigd: Samen sterk in de kring van veiligheid');
    // The code is in the query string (left out of the request log), never in the path.
    const [, link, code] =
      /http:\/\/[^\s]+(\/bijeenkomsten\/afmelden\?code=([A-Za-z0-9_-]{43}))\n/.exec(mail.text) ?? [];
    expect(code).toBeDefined();

    // The calendar file.
    const ics = await visitor.get(`/bijeenkomsten/${meetingId}/agenda.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ics.body).toContain('DTSTART;TZID=Europe/Amsterdam:20271115T193000');
    expect(ics.body).toContain('LOCATION:Stadhuis\\, Havendam 56\\, Harderwijk');

    // Bram takes the last place; Cas waits; the page says it is full.
    expect((await new Agent(t.app).post(`/bijeenkomsten/${meetingId}`, ahmed('bram@example.nl'))).statusCode).toBe(303);
    expect((await new Agent(t.app).post(`/bijeenkomsten/${meetingId}`, ahmed('cas@example.nl'))).statusCode).toBe(303);
    expect((await visitor.get(`/bijeenkomsten/${meetingId}`)).body).toContain('Vol (2 plaatsen)');
    await expect.poll(() => mailsTo('cas@example.nl').length, { timeout: 10_000 }).toBe(1);
    expect(mailsTo('cas@example.nl')[0]!.subject).toBe('Op de wachtlijst: Samen sterk in de kring van veiligheid');

    // Ahmed follows the link: a question first (a link checker cancels nothing), then the cancel.
    const question = await visitor.get(link!);
    expect(question.statusCode).toBe(200);
    expect(question.body).toContain('Ja, meld mij af');
    expect(parse(question.body).querySelector('input[name="code"]')?.getAttribute('value')).toBe(code);
    expect((await t.database.db.selectFrom('meeting_registration').select('id').execute()).length).toBe(3);
    const cancelled = await visitor.post('/bijeenkomsten/afmelden', { code: code! });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.body).toContain('U bent afgemeld');
    await expect.poll(() => mailsTo('cas@example.nl').length, { timeout: 10_000 }).toBe(2);
    expect(mailsTo('cas@example.nl').map((m) => m.subject)).toContain(
      'Er is een plaats voor u: Samen sterk in de kring van veiligheid',
    );
    expect((await visitor.post('/bijeenkomsten/afmelden', { code: code! })).statusCode).toBe(404);
    expect((await visitor.get(link!)).statusCode).toBe(404);
    for (const bad of ['', 'x', 'A'.repeat(43), `${code!.slice(0, 42)}!`]) {
      expect((await visitor.post('/bijeenkomsten/afmelden', { code: bad })).statusCode).toBe(404);
    }
    expect((await visitor.get('/bijeenkomsten/afmelden')).statusCode).toBe(404);
    const rows = await t.database.db
      .selectFrom('meeting_registration')
      .select(['email', 'status'])
      .orderBy('seq')
      .execute();
    expect(rows).toEqual([
      { email: 'bram@example.nl', status: 'confirmed' },
      { email: 'cas@example.nl', status: 'confirmed' },
    ]);
  });

  it('gives the editor the attendance list as CSV with formulas defused', async () => {
    const other = await plan({ ...MEETING, title: 'Lijsttest', capacity: '10' });
    const visitor = new Agent(t.app);
    const hostile = {
      name: '=HYPERLINK("http://x.example","klik")',
      organisation: '+31 6 1234',
      email: 'h@example.nl',
      role: 'resident',
    };
    expect((await visitor.post(`/bijeenkomsten/${other}`, hostile)).statusCode).toBe(303);
    const res = await petra.get(`/netwerk/bijeenkomsten/${other}/aanwezigen.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="aanwezigen-2027-11-15.csv"');
    expect(res.body.split('\r\n')).toEqual([
      '\uFEFFNaam,Organisatie,E-mailadres,Komt als,Status',
      `"'=HYPERLINK(""http://x.example"",""klik"")",'+31 6 1234,h@example.nl,Inwoner,Aangemeld`,
      '',
    ]);
    const audit = await t.database.db
      .selectFrom('audit_event')
      .select('event_type_code')
      .where('participant_object_id', '=', other)
      .where('event_type_code', '=', 'meeting.registration.export')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('says registering is closed to a form sent after the meeting ended, and stores nothing', async () => {
    const past = await plan({ ...MEETING, title: 'Voorbij', 'date-year': '2020' });
    const visitor = new Agent(t.app);
    const page = await visitor.get(`/bijeenkomsten/${past}`);
    expect(page.body).toContain('Deze bijeenkomst is voorbij; aanmelden kan niet meer.');
    expect(parse(page.body).querySelector('#email')).toBeNull();
    const res = await visitor.post(`/bijeenkomsten/${past}`, ahmed('laat@example.nl'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Deze bijeenkomst is voorbij; aanmelden kan niet meer.');
    const rows = await t.database.db
      .selectFrom('meeting_registration')
      .select('id')
      .where('meeting_id', '=', past)
      .execute();
    expect(rows).toEqual([]);
  });

  it('refuses a registration without the form token and stores nothing', async () => {
    const before = (await t.database.db.selectFrom('meeting_registration').select('id').execute()).length;
    const res = await new Agent(t.app).post(`/bijeenkomsten/${meetingId}`, {
      ...ahmed('zonder@example.nl'),
      _csrf: null,
    });
    expect(res.statusCode).toBe(403);
    expect((await t.database.db.selectFrom('meeting_registration').select('id').execute()).length).toBe(before);
  });
});

describe('the news articles', () => {
  /** Writes a news article as Petra (published or a draft); returns its id and slug. */
  async function writeArticle(title: string, actie: 'publiceren' | 'opslaan') {
    const res = await petra.post('/netwerk/nieuws/nieuw', {
      title,
      summary: 'De netwerkbijeenkomst van het jaar.',
      body: 'Ruim 80 inwoners, vrijwilligers en professionals.',
      slug: '',
      language: 'nl',
      'publishAt-day': '',
      'publishAt-month': '',
      'publishAt-year': '',
      publishTime: '',
      actie,
    });
    expect(res.statusCode, res.body).toBe(303);
    return t.database.db
      .selectFrom('news_article')
      .select(['id', 'slug'])
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
  }

  it('offers the published articles to link, and shows the links on the public page', async () => {
    const published = await writeArticle('Terugblik op de netwerkbijeenkomst', 'publiceren');
    const draft = await writeArticle('Concept aankondiging', 'opslaan');
    const form = parse((await petra.get(`/netwerk/bijeenkomsten/${meetingId}/wijzigen`)).body);
    const options = form.querySelectorAll('#retrospectiveArticleId option').map((o) => o.getAttribute('value'));
    expect(options).toContain(published.id);
    expect(options).not.toContain(draft.id);
    const saved = await petra.post(`/netwerk/bijeenkomsten/${meetingId}/wijzigen`, {
      ...MEETING,
      announcementArticleId: draft.id,
      retrospectiveArticleId: published.id,
    });
    expect(saved.statusCode, saved.body).toBe(303);
    const page = parse((await new Agent(t.app).get(`/bijeenkomsten/${meetingId}`)).body);
    const links = page.querySelectorAll('main a').map((a) => [a.text.trim(), a.getAttribute('href')]);
    expect(links).toContainEqual(['Terugblik op de netwerkbijeenkomst', `/nieuws/${published.slug}`]);
    // The draft is nobody's to read yet: no link, no title.
    expect(page.toString()).not.toContain('Concept aankondiging');
    const en = parse((await new Agent(t.app).get(`/en/bijeenkomsten/${meetingId}`)).body);
    expect(en.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(`/en/nieuws/${published.slug}`);
  });
});

describe('agreements', () => {
  it('records agreements after a meeting and shows the open ones on the next meeting’s page', async () => {
    const next = await plan({ ...MEETING, title: 'Netwerkbijeenkomst 2028', 'date-year': '2028' });
    const bad = await petra.post(`/netwerk/bijeenkomsten/${meetingId}/acties`, {
      description: '',
      owner: 'Petra',
      'due-day': '40',
      'due-month': '1',
      'due-year': '2028',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Schrijf de afspraak op');
    expect(bad.body).toContain('Vul een echte datum in, of laat het leeg');
    for (const [description, owner] of [
      ['Campagne Verbind voor het kind! naar de scholen', 'Petra'],
      ['Sportclubs een vertrouwenscontactpersoon laten kiezen', 'Ahmed'],
      ['Folder in het Engels en Arabisch', 'Wijkteam'],
    ]) {
      const res = await petra.post(`/netwerk/bijeenkomsten/${meetingId}/acties`, {
        description: description!,
        owner: owner!,
        'due-day': '1',
        'due-month': '3',
        'due-year': '2028',
      });
      expect(res.statusCode, res.body).toBe(303);
    }
    const actions = await t.database.db
      .selectFrom('meeting_action')
      .select(['id', 'description'])
      .orderBy('seq')
      .execute();
    const done = await petra.post(`/netwerk/bijeenkomsten/${meetingId}/acties/${actions[2]!.id}`, { done: 'ja' });
    expect(done.statusCode).toBe(303);
    const page = await new Agent(t.app).get(`/bijeenkomsten/${next}`);
    expect(page.body).toContain('Nog open afspraken van eerdere bijeenkomsten');
    expect(page.body).toContain('Campagne Verbind voor het kind! naar de scholen');
    expect(page.body).toContain('Sportclubs een vertrouwenscontactpersoon laten kiezen');
    expect(page.body).not.toContain('Folder in het Engels en Arabisch');
    expect(page.body).toContain('1 maart 2028');
    // Another meeting's agreement through this meeting's URL: not found.
    const wrong = await petra.post(`/netwerk/bijeenkomsten/${next}/acties/${actions[0]!.id}`, { done: 'ja' });
    expect(wrong.statusCode).toBe(404);
  });
});

describe('the rate limit', () => {
  it('accepts a set number of registrations an hour from one address, then answers 429', async () => {
    const limited = await createTestApp({ residentRateLimit: 2, authRateLimit: 10_000 });
    try {
      const editor = await signedIn(
        limited.app,
        await createMember(limited.app, 'editor', {
          organisation: await createOrganisation(limited.app, { type: 'municipality' }),
        }),
      );
      const res = await editor.post('/netwerk/bijeenkomsten/nieuw', { ...MEETING, capacity: '50' });
      const id = /bijeenkomsten\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]!;
      const visitor = new Agent(limited.app);
      // A form with errors costs nothing.
      expect((await visitor.post(`/bijeenkomsten/${id}`, { ...ahmed('x'), role: '' })).statusCode).toBe(400);
      const statuses: number[] = [];
      for (const n of [1, 2, 3])
        statuses.push((await visitor.post(`/bijeenkomsten/${id}`, ahmed(`p${n}@example.nl`))).statusCode);
      expect(statuses).toEqual([303, 303, 429]);
      expect(await limited.database.db.selectFrom('meeting_registration').select('id').execute()).toHaveLength(2);
    } finally {
      await limited.close();
    }
  });
});
