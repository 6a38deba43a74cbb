// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 11, finding 4: hostile text in every text field of every form. A NUL character reached
 * PostgreSQL (which refuses it) and answered 500, losing the form. This test finds the forms itself:
 * it signs in as each role, opens every page of concerns in every meldcode status, of Veilig Thuis
 * reports, of administration and the privacy officer, and the public pages, reads every `<form>` on
 * them, and sends each text field of each form with:
 *  - a NUL and other C0 controls, C1 controls, right-to-left overrides (urlencoded, as a browser could);
 *  - lone surrogates (as JSON, the only way to send them: a browser's encoder replaces them);
 *  - a 100 KB string.
 * Every answer must be below 500. For the characters Kring does not store, the form must come back
 * (400) with an error attached to that field and the typed text kept. Nothing hostile may be stored.
 * The forms reached are checked against a list written out by hand, so a form the crawl stops
 * reaching fails the test instead of silently dropping out.
 */
import { type HTMLElement, parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, fixtureEmail, seedFixtures, seedVeiligThuis } from '#test/agent.ts';
import { databaseText } from '#test/database-text.ts';
import { createMember, createOrganisation, signedIn } from '#test/factories/users.ts';
import { createTestApp } from '#test/setup.ts';

const VT_NAME = 'Veilig Thuis Noord-Veluwe';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * The hostile texts, the hostile character first (so it survives a maxlength); `marker` is a plain
 * part that must come back in the re-rendered form.
 */
const HOSTILE = [
  { name: 'NUL', text: (m: string) => `\u0000${m} einde`, json: false, refused: true },
  { name: 'C0 escape and bell', text: (m: string) => `\u001b${m}\u0007`, json: false, refused: true },
  { name: 'C1 control', text: (m: string) => `\u0085${m} \u009b`, json: false, refused: true },
  { name: 'right-to-left override', text: (m: string) => `\u202e${m} gnp.exe`, json: false, refused: true },
  { name: 'isolate', text: (m: string) => `\u2067${m}\u2069`, json: false, refused: true },
  { name: 'lone high surrogate', text: (m: string) => `\ud800${m} x`, json: true, refused: true },
  { name: 'lone low surrogate', text: (m: string) => `\udc00${m}`, json: true, refused: true },
  { name: '100 KB', text: (m: string) => `${m} ${'x'.repeat(100 * 1024)}`, json: false, refused: false },
] as const;

/** Input types that hold free text. */
const TEXT_TYPES = new Set(['text', 'email', 'tel', 'search', 'url', 'password', '']);

/** A form found on a page. */
interface FoundForm {
  readonly agent: Agent;
  readonly who: string;
  readonly page: string;
  readonly method: 'get' | 'post';
  readonly action: string;
  readonly multipart: boolean;
  /** The values a browser would send untouched (hidden fields, first radio, first option, submit value). */
  readonly base: Record<string, string>;
  readonly textFields: readonly string[];
  /** A field's maxlength, where the page sets one (a browser sends no more). */
  readonly maxLength: Readonly<Record<string, number>>;
}

/** The forms of a page, with what a browser would send for each. */
function formsOf(html: string, page: string, agent: Agent, who: string): FoundForm[] {
  const root = parse(html);
  return root.querySelectorAll('form').map((form) => {
    const base: Record<string, string> = {};
    const textFields: string[] = [];
    const maxLength: Record<string, number> = {};
    for (const el of form.querySelectorAll('input, textarea, select, button')) {
      const name = el.getAttribute('name');
      if (!name) continue;
      const tag = el.tagName.toLowerCase();
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      if (tag === 'textarea') {
        textFields.push(name);
        base[name] = el.textContent;
      } else if (tag === 'select') {
        base[name] =
          el.querySelector('option[selected]')?.getAttribute('value') ??
          el.querySelector('option')?.getAttribute('value') ??
          '';
      } else if (tag === 'button') {
        if (!(name in base)) base[name] = el.getAttribute('value') ?? '';
      } else if (type === 'radio') {
        if (!(name in base) || el.hasAttribute('checked')) base[name] = el.getAttribute('value') ?? '';
      } else if (type === 'checkbox') {
        if (el.hasAttribute('checked')) base[name] = el.getAttribute('value') ?? 'on';
      } else if (type === 'hidden') {
        base[name] = el.getAttribute('value') ?? '';
      } else if (type === 'file') {
        // Uploads are sent without a file: the form's other fields still have to be checked.
      } else if (TEXT_TYPES.has(type)) {
        textFields.push(name);
        base[name] = el.getAttribute('value') ?? '';
      }
      const max = el.getAttribute('maxlength');
      if (max) maxLength[name] = Number(max);
    }
    return {
      agent,
      who,
      page,
      method: (form.getAttribute('method') ?? 'get').toLowerCase() === 'post' ? 'post' : 'get',
      action: form.getAttribute('action') || page.split('?', 1)[0]!,
      multipart: form.getAttribute('enctype') === 'multipart/form-data',
      base,
      textFields: [...new Set(textFields)],
      maxLength,
    };
  });
}

/** A form's action as a route pattern (ids replaced), to list what was reached. */
const pattern = (f: FoundForm) => `${f.method.toUpperCase()} ${f.action.split('?', 1)[0]!.replace(UUID, ':id')}`;

/**
 * Whether the re-rendered page attaches an error to the field `name`: through the field's own
 * aria-describedby, or its fieldset's (the three boxes of a date share one error, as GOV.UK does).
 */
function errorAttachedTo(html: string, name: string): boolean {
  const root = parse(html);
  for (let el = root.querySelector(`[name="${name}"]`) as HTMLElement | null; el; el = el.parentNode) {
    const described = el.getAttribute?.('aria-describedby') ?? '';
    if (described.split(/\s+/).some((id) => id.endsWith('-error') && root.getElementById(id) !== null)) return true;
    if (el.tagName?.toLowerCase() === 'form') return false;
  }
  return false;
}

let t: Awaited<ReturnType<typeof createTestApp>>;
const found: FoundForm[] = [];

beforeAll(async () => {
  t = await createTestApp({ authRateLimit: 1_000_000, residentRateLimit: 1_000_000 });
  const fx = await seedFixtures(t.database.db, t.app.kring.config);
  await seedVeiligThuis(t.database.db, t.app.kring.config, VT_NAME, ['ahmed']);
  const teacher = await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
  const lead = await new Agent(t.app).signIn(fixtureEmail('A', 'safeguardingLead'));
  const admin = await new Agent(t.app).signIn(fixtureEmail('A', 'administrator'));
  const privacy = await new Agent(t.app).signIn(fixtureEmail('A', 'privacyOfficer'));
  const intake = await new Agent(t.app).signIn('intake.ahmed@fixture.kring.nl');
  const resident = new Agent(t.app);
  // The municipality's network editor (issue 15), with one partner to change.
  const municipality = await createOrganisation(t.app, { name: 'Gemeente', type: 'municipality' });
  const editor = await signedIn(t.app, await createMember(t.app, 'editor', { organisation: municipality }));
  const added = await editor.post('/netwerk/partners/nieuw', {
    name: 'Wijkteam',
    type: 'socialTeam',
    audiences: 'children',
    descriptionNl: 'Hulp dichtbij.',
    phone: '0341 123 456',
    published: 'yes',
  });
  expect(added.statusCode, added.body).toBe(303);
  const partnerId = (await t.database.db.selectFrom('network_partner').select('id').executeTakeFirstOrThrow()).id;
  // A published meeting (issue 15), with its registration, change and agreement forms.
  const planned = await editor.post('/netwerk/bijeenkomsten/nieuw', {
    title: 'Netwerkbijeenkomst',
    'date-day': '15',
    'date-month': '11',
    'date-year': '2099',
    startTime: '19:30',
    endTime: '22:00',
    placeName: 'Stadhuis',
    placeAddress: 'Havendam 56',
    agenda: 'Welkom',
    capacity: '80',
    published: 'ja',
  });
  expect(planned.statusCode, planned.body).toBe(303);
  const meetingId = /bijeenkomsten\/([0-9a-f-]{36})/.exec(String(planned.headers.location))![1]!;

  // A concern in every status of the meldcode, each with an observation and a household member.
  const concerns: string[] = [];
  for (const status of [
    'signals',
    'consultation',
    'conversation',
    'weighing',
    'deciding',
    'helping',
    'report',
    'closed',
  ]) {
    let res = await teacher.post('/zorgen/nieuw', {
      fullName: `Tara ${status}`,
      'dateOfBirth-day': '3',
      'dateOfBirth-month': '3',
      'dateOfBirth-year': '2012',
      // One adult, whose household page has the carer check (mantelzorgcheck) besides the kindcheck.
      ageGroup: status === 'signals' ? 'adult' : 'child',
      honourRisk: 'no',
    });
    const id = /\/zorgen\/([0-9a-f-]{36})/.exec(String(res.headers.location))![1]!;
    res = await teacher.post(`/zorgen/${id}/signaal?soort=observation`, {
      'date-day': '1',
      'date-month': '11',
      'date-year': '2026',
      time: '',
      facts: 'Blauwe plek op de arm.',
      interpretation: '',
      sourceKind: 'self',
      source: '',
    });
    expect(res.statusCode, res.body).toBe(303);
    res = await teacher.post(`/zorgen/${id}/huishouden`, { name: 'Daan', relation: 'broer', age: '8' });
    expect(res.statusCode, res.body).toBe(303);
    await t.database.db
      .updateTable('concern')
      .set({ status: status as 'signals' })
      .where('id', '=', id)
      .execute();
    concerns.push(id);
  }
  // A report from the concern in `report`, and a resident's request, for the intake's forms.
  const reported = concerns[6]!;
  let res = await teacher.get(`/zorgen/${reported}/melden`);
  const observation = /name="observations" value="([0-9a-f-]{36})"/.exec(res.body)?.[1];
  res = await teacher.post(`/zorgen/${reported}/melden`, {
    observations: observation ? [observation] : [],
    household: [],
    acute: 'no',
    helpGiven: 'Gesprekken.',
    informed: 'yes',
    notInformedGround: '',
    notInformedExplanation: '',
    role: 'Leerkracht',
    phone: '0341 123 456',
    staysUnknown: '',
    staysUnknownReason: '',
  });
  expect(res.statusCode, res.body).toBe(303);
  await resident.get('/zorgen-over-iemand/formulier');
  res = await resident.post('/zorgen-over-iemand/formulier', { kind: 'advice', whatHappened: 'Ik maak me zorgen.' });
  const code = /data-testid="receipt-code"[^>]*>([^<]+)</.exec(res.body)![1]!;
  const reports = await t.database.db.selectFrom('vt_report').select(['id', 'source']).execute();
  const residentReport = reports.find((r) => r.source === 'resident')!;
  res = await intake.post(`/veilig-thuis/meldingen/${residentReport.id}/vraag`, { question: 'Hoe oud is het kind?' });
  expect(res.statusCode, res.body).toBe(303);
  // The professional's report triaged, so the decision form is offered.
  const professionalReport = reports.find((r) => r.source === 'professional')!;
  res = await intake.post(`/veilig-thuis/meldingen/${professionalReport.id}/triage`, { acute: 'no', assignTo: '' });
  expect(res.statusCode, res.body).toBe(303);

  // An article of the same network editor, for the news forms (issue 15).
  res = await editor.post('/netwerk/nieuws/nieuw', {
    title: 'Terugblik',
    summary: 'De netwerkbijeenkomst.',
    body: 'Ruim 80 mensen.',
    slug: '',
    language: 'nl',
    'publishAt-day': '',
    'publishAt-month': '',
    'publishAt-year': '',
    publishTime: '',
    actie: 'opslaan',
  });
  expect(res.statusCode, res.body).toBe(303);
  const article = String(res.headers.location).split('?', 1)[0]!;

  // Every page to read forms from, per person.
  const concernPages = concerns.flatMap((id) => [
    `/zorgen/${id}`,
    ...['observation', 'words', 'counterSign'].map((k) => `/zorgen/${id}/signaal?soort=${k}`),
    ...[
      'letsel',
      'bijlage',
      'huishouden',
      'consultatie',
      'gesprek',
      'afweging',
      'besluit',
      'melden',
      'advies-vragen',
      'collegas',
    ].map((p) => `/zorgen/${id}/${p}`),
  ]);
  const pages: [Agent, string, string[]][] = [
    [teacher, 'professional', ['/zorgen/nieuw', '/account', '/kring/aanmelden', ...concernPages]],
    [lead, 'safeguarding lead', [`/zorgen/${concerns[1]}/consultatie`, `/zorgen/${concerns[1]}`]],
    [
      admin,
      'administrator',
      [
        '/beheer/gebruikers',
        `/beheer/gebruikers/${fx.users.A.volunteer}`,
        '/beheer/uitnodigingen',
        '/beheer/api-koppelingen',
      ],
    ],
    [privacy, 'privacy officer', ['/privacy/logboek', '/privacy/logboek/betrokkenen']],
    [
      editor,
      'network editor',
      [
        '/netwerk/partners/nieuw',
        `/netwerk/partners/${partnerId}`,
        '/netwerk/nieuws/nieuw',
        article,
        '/netwerk/bijeenkomsten/nieuw',
        `/netwerk/bijeenkomsten/${meetingId}`,
        `/netwerk/bijeenkomsten/${meetingId}/wijzigen`,
      ],
    ],
    [intake, 'intake worker', reports.map((r) => `/veilig-thuis/meldingen/${r.id}`)],
    [
      new Agent(t.app),
      'visitor',
      [
        '/inloggen',
        '/wachtwoord-vergeten',
        '/zorgen-over-iemand/formulier',
        '/zorgen-over-iemand/status',
        '/partners',
        `/bijeenkomsten/${meetingId}`,
      ],
    ],
  ];
  for (const [agent, who, urls] of pages) {
    for (const url of urls) {
      const page = await agent.get(url);
      if (page.statusCode !== 200) continue;
      found.push(...formsOf(page.body, url, agent, who));
    }
  }
  // The resident's status page with its answer form, opened with the receipt code (a POST).
  const status = await resident.post('/zorgen-over-iemand/status', { code });
  found.push(...formsOf(status.body, '/zorgen-over-iemand/status', resident, 'resident'));
}, 300_000);
afterAll(() => t.close());

/** The circle's BSN fields: never sent back in a page (issue 14), so their text is not kept. */
const BSN_FIELDS = /^(bsn|parentBsn[12])$/;

/** The forms with text fields this test must reach, written out by hand (method and route). */
const EXPECTED_FORMS = [
  'GET /partners',
  'POST /netwerk/partners/nieuw',
  'POST /netwerk/partners/:id',
  'POST /netwerk/bijeenkomsten/nieuw',
  'POST /netwerk/bijeenkomsten/:id/wijzigen',
  'POST /netwerk/bijeenkomsten/:id/acties',
  'POST /bijeenkomsten/:id',
  'GET /beheer/gebruikers',
  'GET /privacy/logboek',
  'GET /privacy/logboek/betrokkenen',
  'POST /account/wachtwoord',
  'POST /beheer/uitnodigingen',
  'POST /beheer/api-koppelingen',
  'POST /inloggen',
  'POST /kring/aanmelden',
  'POST /netwerk/nieuws/nieuw',
  'POST /netwerk/nieuws/:id',
  'POST /netwerk/nieuws/:id/afbeelding',
  'POST /wachtwoord-vergeten',
  'POST /veilig-thuis/meldingen/:id/advies',
  'POST /veilig-thuis/meldingen/:id/besluit',
  'POST /veilig-thuis/meldingen/:id/vraag',
  'POST /zorgen-over-iemand/antwoord',
  'POST /zorgen-over-iemand/formulier',
  'POST /zorgen-over-iemand/status',
  'POST /zorgen/:id/advies-vragen',
  'POST /zorgen/:id/afweging',
  'POST /zorgen/:id/besluit',
  'POST /zorgen/:id/bijlage',
  'POST /zorgen/:id/consultatie/advies',
  'POST /zorgen/:id/consultatie/vastleggen',
  'POST /zorgen/:id/gesprek',
  'POST /zorgen/:id/gesprek/overslaan',
  'POST /zorgen/:id/huishouden',
  'POST /zorgen/:id/hulp',
  'POST /zorgen/:id/kindcheck',
  'POST /zorgen/:id/letsel',
  'POST /zorgen/:id/mantelzorgcheck',
  'POST /zorgen/:id/melden',
  'POST /zorgen/:id/signaal',
  'POST /zorgen/nieuw',
];

describe('hostile text in every text field of every form (issue 11, finding 4)', () => {
  it('reaches every form with text fields on the list', () => {
    const reached = new Set(found.filter((f) => f.textFields.length > 0).map(pattern));
    expect([...reached].sort()).toEqual(expect.arrayContaining(EXPECTED_FORMS));
    expect(EXPECTED_FORMS.filter((f) => !reached.has(f))).toEqual([]);
  });

  it('never answers 5xx; refuses what Kring does not store, next to the field, with the text kept', async () => {
    // One form per route and field set: the same form on eight concerns is sent once.
    const seen = new Set<string>();
    const forms = found.filter((f) => {
      const key = `${f.who} ${pattern(f)} ${f.textFields.join(',')}`;
      if (f.textFields.length === 0 || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const problems: string[] = [];
    let sent = 0;
    for (const form of forms) {
      // The honeypot is hidden from people; a bot that fills it is answered as if all went well.
      for (const fieldName of form.textFields.filter((f) => f !== 'website')) {
        for (const hostile of HOSTILE) {
          // A URL or a multipart body cannot carry a lone surrogate (the encoder replaces it).
          if (hostile.json && (form.method === 'get' || form.multipart)) continue;
          const marker = `KEEP${sent.toString(36)}X`;
          // As a browser would: no more than the field's maxlength (the 100 KB string ignores it).
          const max = hostile.refused ? form.maxLength[fieldName] : undefined;
          const text = max === undefined ? hostile.text(marker) : hostile.text(marker).slice(0, max);
          const fields = { ...form.base, [fieldName]: text };
          const res = await send(form, fields, hostile.json);
          sent += 1;
          const where = `${form.who}: ${pattern(form)} [${fieldName}] with ${hostile.name} → ${res.statusCode}`;
          if (res.statusCode >= 500) {
            problems.push(where);
            continue;
          }
          // Passwords and codes are never stored as text: any refusal will do for them.
          const storedText = !/password|current|confirm|^code$|_csrf/.test(fieldName);
          if (hostile.refused && storedText) {
            if (res.statusCode !== 400) problems.push(`${where}: not refused`);
            else if (!errorAttachedTo(res.body, fieldName)) problems.push(`${where}: no error at the field`);
            // The circle's BSN fields come back empty by design, with an error saying so (issue 14).
            else if (text.includes(marker) && !res.body.includes(marker) && !BSN_FIELDS.test(fieldName))
              problems.push(`${where}: the typed text was lost`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThan(200);
    // Nothing of it was stored.
    const stored = await databaseText(t.database.db);
    expect(stored).not.toMatch(/KEEP[0-9a-z]+X/);
    expect(stored).not.toContain('\u202e');
  }, 600_000);
});

/** Sends a form as a browser would (or, for lone surrogates, as JSON: a browser cannot send them). */
async function send(form: FoundForm, fields: Record<string, string>, json: boolean) {
  if (form.method === 'get') {
    const query = new URLSearchParams(fields).toString();
    return form.agent.get(`${form.action}?${query}`);
  }
  if (form.multipart) return form.agent.postMultipart(form.action, fields);
  if (!json) return form.agent.post(form.action, fields);
  const token = form.agent.csrf(
    form.action.startsWith('/zorgen-over-iemand') || form.action === '/wachtwoord-vergeten',
  );
  return form.agent.app.inject({
    method: 'POST',
    url: form.action,
    payload: JSON.stringify({ _csrf: token, ...fields }),
    headers: {
      'content-type': 'application/json',
      cookie: [...form.agent.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    },
  });
}
