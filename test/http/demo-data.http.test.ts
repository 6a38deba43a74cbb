// SPDX-License-Identifier: EUPL-1.2
/**
 * The demo data a newcomer meets at first start (issue 12, items 6 and 7): every role sees its part
 * of the stories, and what the pages say about them is true.
 */
import fs from 'node:fs';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '#src/core/roles.ts';
import { TARA_STORY } from '#src/db/demo-story.ts';
import { HOME_CARE_STORY } from '#src/db/demo-story-home-care.ts';
import { seedDemoData } from '#src/db/seed.ts';
import { DEMO_PASSWORD, demoAccountRows, demoAccountsNotice } from '#src/modules/identity/identity.seed.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { Agent, TestClock } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';

const nl = messages('nl');
let t: Awaited<ReturnType<typeof createTestApp>>;
const clock = new TestClock();

beforeAll(async () => {
  t = await createTestApp({ clock: clock.now, authRateLimit: 10_000, env: { NODE_ENV: 'development' } });
  expect(await seedDemoData(t.database.db, t.app.kring.config)).toBe(true);
}, 120_000);
afterAll(() => t.close());

/** Signs in as a demo user; the clock moves on a code's 30 seconds, so a code is never used twice. */
const demo = (email: string) => {
  clock.advance(31_000);
  return new Agent(t.app).signIn(email, DEMO_PASSWORD);
};

describe('Sem’s report in the intake (issue 12, item 7)', () => {
  it('says it came from the teacher who sent it, not from “de inwoner”', async () => {
    const intake = await demo('intake@demo.kring.nl');
    const report = await t.database.db
      .selectFrom('vt_report')
      .select('id')
      .where('source', '=', 'professional')
      .where('concern_id', 'in', (q) =>
        q
          .selectFrom('concern')
          .innerJoin('person', 'person.id', 'concern.person_id')
          .select('concern.id')
          .where('person.full_name', '=', 'Sem Voorbeeld (demo)'),
      )
      .executeTakeFirstOrThrow();
    const page = await intake.get(`/veilig-thuis/meldingen/${report.id}`);
    expect(page.statusCode).toBe(200);
    // The history ("Verloop") is the last list of events on the page (the snapshot's come first).
    const history = parse(page.body).querySelectorAll('ol.kring-events').at(-1)?.textContent ?? '';
    expect(history).toContain(nl.reports.report.events.received);
    expect(history).toContain('Eva de Leerkracht');
    expect(history).not.toContain(nl.reports.report.resident);
  });
});

describe('the demo accounts (issue 12, item 6)', () => {
  const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Demo accounts'), readme.indexOf('## Test'));
  const tableRows = [...section.matchAll(/^\| `([^`]+)` \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm)].map((m) => ({
    email: m[1]!,
    name: m[2]!.trim(),
    role: m[3]!.trim(),
    organisations: m[4]!.trim(),
  }));
  const codes = [...ROLES, 'safeguarding_lead', 'privacy_officer'];

  it('the README’s table is the list Kring seeds and prints, in words, with organisation names', () => {
    expect(tableRows).toEqual(demoAccountRows());
    const notice = demoAccountsNotice(3000);
    for (const row of tableRows) expect(notice).toContain(`${row.role}, ${row.organisations}`);
    for (const code of codes.filter(
      (c) => !['professional', 'volunteer', 'coordinator', 'administrator'].includes(c),
    )) {
      expect(section, code).not.toContain(code);
      expect(notice, code).not.toContain(code);
    }
    expect(section).toMatch(/two organisations.*first chooses/s);
    expect(notice).toContain('two organisations');
  });

  it('every account in the table signs in with the demo password and acts for its organisation', async () => {
    for (const row of tableRows) {
      const agent = await demo(row.email);
      const home = await agent.get('/mijn-kring');
      if (row.organisations.includes(' and ')) {
        // Two organisations: first the choice.
        expect(home.statusCode, row.email).toBe(303);
        expect(home.headers.location).toBe('/kies-organisatie');
        continue;
      }
      expect(home.statusCode, row.email).toBe(200);
      expect(home.body, row.email).toContain(row.organisations);
    }
  }, 120_000);
});

describe('the circle’s accounts: two organisations, one boy (scenario 04)', () => {
  it('Femke (school) and Joost (youth care) may register in De Kring; the sports club’s trainer is told why not', async () => {
    for (const [email, organisation] of [
      ['zorgcoordinator@demo.kring.nl', 'Veluwe College (demo)'],
      ['jeugdzorg@demo.kring.nl', 'Jeugdzorg Veluwe (demo)'],
    ] as const) {
      const agent = await demo(email);
      const circle = await agent.get('/kring');
      expect(circle.statusCode, email).toBe(200);
      expect(parse(circle.body).querySelector('h1')?.textContent.trim(), email).toBe('De Kring');
      expect(circle.body, email).toContain('Een jongere aanmelden');
      expect((await agent.get('/mijn-kring')).body, email).toContain(organisation);
    }
    const trainer = await demo('trainer@demo.kring.nl');
    const refused = await trainer.get('/kring/aanmelden');
    expect(parse(refused.body).querySelector('h1')?.textContent.trim()).toBe(
      'De Kring is alleen voor professionals met een wettelijke taak',
    );
  });

  it('the municipality’s circle coordinator sees the teams without contact; the social team’s coordinator does not', async () => {
    const ilse = await demo('kringregie@demo.kring.nl');
    const overview = await ilse.get('/kring/overzicht');
    expect(overview.statusCode).toBe(200);
    expect(parse(overview.body).querySelector('h1')?.textContent.trim()).toBe('Koppelingen zonder contact');
    const lotte = await demo('coordinator@demo.kring.nl');
    expect((await lotte.get('/kring/overzicht')).statusCode).toBe(403);
  });
});

describe('Tara’s story (issue 12, item 6)', () => {
  it('the PE teacher finds Tara’s concern reported, with the feedback and the school’s check date', async () => {
    const sanne = await demo(TARA_STORY.teacher);
    const list = await sanne.get('/zorgen');
    const link = parse(list.body)
      .querySelectorAll('main a')
      .find((a) => a.textContent === TARA_STORY.tara);
    expect(link).toBeDefined();
    const page = await sanne.get(link!.getAttribute('href')!);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(nl.concerns.statuses.helping);
    expect(page.body).toContain('Papa wordt heel boos als hij gedronken heeft.');
    expect(page.body).toContain('Het wijkteam begeleidt het gezin');
    const home = await sanne.get('/mijn-kring');
    expect(parse(home.body).querySelector('[data-testid="check-dates"]')?.textContent).toContain(TARA_STORY.tara);
    // Daan has a concern of his own.
    expect(list.body).toContain(TARA_STORY.daan);
  });

  it('Veilig Thuis has the report, decided with safety conditions', async () => {
    const ahmed = await demo(TARA_STORY.intake);
    const inbox = await ahmed.get('/veilig-thuis');
    expect(inbox.statusCode).toBe(200);
    const report = await t.database.db
      .selectFrom('vt_report')
      .select(['status', 'outcome'])
      .where('concern_id', 'in', (q) =>
        q
          .selectFrom('concern')
          .innerJoin('person', 'person.id', 'concern.person_id')
          .select('concern.id')
          .where('person.full_name', '=', TARA_STORY.tara),
      )
      .executeTakeFirstOrThrow();
    expect(report).toEqual({ status: 'monitoring', outcome: 'safetyConditions' });
  });

  it('the school’s privacy officer finds Tara and sees who read and changed her dossier', async () => {
    const noor = await demo('privacy.college@demo.kring.nl');
    const search = await noor.get(`/privacy/logboek/betrokkenen?naam=${encodeURIComponent('Tara')}`);
    const match = parse(search.body)
      .querySelectorAll('[data-testid="subjects"] a')
      .find((a) => a.textContent.startsWith(TARA_STORY.tara));
    expect(match).toBeDefined();
    const overview = await noor.get(match!.getAttribute('href')!);
    expect(overview.statusCode).toBe(200);
    const text = parse(overview.body).querySelector('main')?.textContent ?? '';
    for (const who of ['Sanne de Vries', 'Mark Jansen']) expect(text).toContain(who);
    // The municipality's privacy officer is another organisation's: Tara is not theirs to look up.
    const pieter = await demo('privacy@demo.kring.nl');
    const elsewhere = await pieter.get(`/privacy/logboek/betrokkenen?naam=${encodeURIComponent('Tara')}`);
    expect(elsewhere.body).not.toContain(TARA_STORY.tara);
  });
});

describe('Johanna’s story in home care (issue 12, item 3)', () => {
  it('the district nurse finds an 82-year-old’s concern with the carer check, no child’s texts, help due today', async () => {
    const esther = await demo(HOME_CARE_STORY.nurse);
    const list = await esther.get('/zorgen');
    const link = parse(list.body)
      .querySelectorAll('main a')
      .find((a) => a.textContent === HOME_CARE_STORY.johanna);
    expect(link).toBeDefined();
    const href = link!.getAttribute('href')!;
    const page = await esther.get(href);
    expect(page.statusCode).toBe(200);
    const root = parse(page.body);
    const main = (root.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');
    expect(root.querySelector('.kring-caption')?.textContent).toContain('Oudere');
    expect(root.querySelector('.kring-caption')?.textContent).toContain('82 jaar');
    expect(main).toContain(nl.concerns.statuses.helping);
    expect(main).toContain('Ronald regelt mijn geld.');
    expect(main).toContain('Mantelzorger: ja (Ronald Visser, kleinzoon)');
    expect(main).not.toMatch(/kindcheck|kindermishandeling|zwanger/i);
    // The check date is today: on Mijn Kring, marked in words; question 5 waits on the decision page.
    const home = await esther.get('/mijn-kring');
    const checks = parse(home.body).querySelector('[data-testid="check-dates"]')?.textContent ?? '';
    expect(checks).toContain(HOME_CARE_STORY.johanna);
    expect(checks).toContain('(vandaag)');
    const decision = await esther.get(`${href}/besluit`);
    expect(decision.body).toContain(nl.concerns.decision.reviewQuestion);
    // The home care's aandachtsfunctionaris sees it too; the school's does not.
    const henk = await demo(HOME_CARE_STORY.lead);
    expect((await henk.get(href)).statusCode).toBe(200);
    const mark = await demo('aandacht.college@demo.kring.nl');
    expect((await mark.get(href)).statusCode).toBe(404);
  });
});

describe('the development page of demo accounts', () => {
  it('shows each account’s current code, and that code signs in', async () => {
    clock.advance(31_000);
    const page = await new Agent(t.app).get('/ontwikkeling/demo');
    expect(page.statusCode).toBe(200);
    const codes = parse(page.body).querySelectorAll('code.kring-demo-code');
    expect(codes.map((c) => c.getAttribute('data-email')).sort()).toEqual(
      demoAccountRows()
        .map((r) => r.email)
        .sort(),
    );
    const sanne = codes.find((c) => c.getAttribute('data-email') === 'sportdocent@demo.kring.nl')!;
    expect(sanne.textContent).toMatch(/^\d{6}$/);
    const agent = new Agent(t.app);
    const first = await agent.post('/inloggen', { email: 'sportdocent@demo.kring.nl', password: DEMO_PASSWORD });
    expect(String(first.headers.location)).toMatch(/^\/inloggen\/code/);
    const second = await agent.post('/inloggen/code', { code: sanne.textContent, terug: '' });
    expect(second.statusCode).toBe(303);
    expect(String(second.headers.location)).not.toMatch(/inloggen/);
  });
});
