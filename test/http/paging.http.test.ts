// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 13, item 5: pages instead of silent caps (ADR 0032). The dashboard's counts are exact with
 * more than 500 concerns (they were counted from at most 500 rows); every concern of /zorgen and of
 * the dashboard's filtered list, and every report of the intake's inbox (closed ones were cut at
 * 100), is reachable through the pages, each exactly once, even when the rows tie on the order's
 * column; a `pagina` that is no page never gives a 5xx. The rows are inserted in bulk with SQL: the
 * meldcode and the intake themselves are tested elsewhere.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messages } from '#src/web/i18n/messages.ts';
import { Agent, type Fixtures, fixtureEmail, seedFixtures, seedVeiligThuis } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';

const nl = messages('nl');
const OPEN = ['signals', 'consultation', 'conversation', 'weighing', 'deciding', 'helping', 'report'] as const;
const AGES = ['child', 'adult', 'older'] as const;

let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;

beforeEach(async () => {
  t = await createTestApp({ authRateLimit: 10_000 });
  fx = await seedFixtures(t.database.db, t.app.kring.config);
});
afterEach(() => t.close());

interface Seeded {
  readonly id: string;
  readonly status: (typeof OPEN)[number] | 'closed';
  readonly ageGroup: (typeof AGES)[number];
}

/**
 * Concerns of organisation A, all changed at the same moment (so only the tie-breaker orders
 * them): the i-th has status `statusOf(i)`, age group AGES[i % 3], and is written by `authorOf(i)`.
 */
async function seedConcerns(
  n: number,
  statusOf: (i: number) => Seeded['status'],
  authorOf: (i: number) => string,
): Promise<Seeded[]> {
  const now = new Date('2026-12-01T10:00:00Z');
  const db = t.database.db;
  const persons = await db
    .insertInto('person')
    .values(
      Array.from({ length: n }, (_, i) => ({
        organisation_id: fx.organisations.A,
        full_name: `Persoon ${i}`,
        date_of_birth: null,
        age_group: AGES[i % 3]!,
        created_at: now,
      })),
    )
    .returning('id')
    .execute();
  const concerns = await db
    .insertInto('concern')
    .values(
      persons.map((p, i) => ({
        organisation_id: fx.organisations.A,
        person_id: p.id,
        author_id: authorOf(i),
        status: statusOf(i),
        sector: 'education',
        parent_id: null,
        opened_at: now,
        updated_at: now,
        check_date: null,
      })),
    )
    .returning('id')
    .execute();
  return concerns.map((c, i) => ({ id: c.id, status: statusOf(i), ageGroup: AGES[i % 3]! }));
}

/** The concern ids linked in a piece of a page, in order. */
const concernIds = (html: string) => [...html.matchAll(/href="(?:\/en)?\/zorgen\/([0-9a-f-]{36})"/g)].map((m) => m[1]!);

/** From an element with a data-testid to the end of its table. */
function table(body: string, testId: string): string {
  const start = body.indexOf(`data-testid="${testId}"`);
  return start < 0 ? '' : body.slice(start, body.indexOf('</table>', start));
}

/** The pagination of a page ('' when there is none). */
function pagination(body: string): string {
  const start = body.indexOf('<nav class="kring-pagination"');
  return start < 0 ? '' : body.slice(start, body.indexOf('</nav>', start));
}

/** The number of the page marked current. */
function currentPage(body: string): number {
  const m = /<a [^>]*aria-current="page"[^>]*>(\d+)<\/a>/.exec(pagination(body));
  return m ? Number(m[1]) : 0;
}

/** Reads pages 1…`pages` of a list, checking each says where it is, and returns the ids seen. */
async function readAllPages(
  agent: Agent,
  url: (page: number) => string,
  pages: number,
  ids: (body: string) => string[],
  status = (n: number, count: number) => `Pagina ${n} van ${count}`,
): Promise<string[]> {
  const seen: string[] = [];
  for (let n = 1; n <= pages; n += 1) {
    const res = await agent.get(url(n));
    expect(res.statusCode, url(n)).toBe(200);
    const nav = pagination(res.body);
    expect(nav).toContain(status(n, pages));
    expect(currentPage(res.body)).toBe(n);
    if (n < pages) expect(nav).toContain('rel="next"');
    else expect(nav).not.toContain('rel="next"');
    if (n > 1) expect(nav).toContain('rel="prev"');
    else expect(nav).not.toContain('rel="prev"');
    const rows = ids(res.body);
    if (n < pages) expect(rows.length, `page ${n}`).toBe(25);
    else expect(rows.length, `page ${n}`).toBeGreaterThan(0);
    seen.push(...rows);
  }
  return seen;
}

describe('the dashboard with more than 500 concerns', () => {
  it('counts every open concern exactly, per step and per age group, and pages through all of them', async () => {
    // 560 concerns: 20 closed, 540 open over the seven open steps and three age groups.
    const seeded = await seedConcerns(
      560,
      (i) => (i < 20 ? 'closed' : OPEN[i % OPEN.length]!),
      () => fx.users.A.professional,
    );
    const open = seeded.filter((c) => c.status !== 'closed');
    expect(open).toHaveLength(540);
    const lead = await new Agent(t.app).signIn(fixtureEmail('A', 'safeguardingLead'));
    const res = await lead.get('/zorgen/overzicht');
    expect(res.statusCode).toBe(200);

    const byStep = table(res.body, 'count-by-step');
    for (const status of OPEN) {
      const n = open.filter((c) => c.status === status).length;
      expect(byStep, status).toMatch(new RegExp(`${nl.concerns.statuses[status]}</td><td[^>]*>${n}<`));
    }
    // 540 over 7 steps, counted by hand: the first 20 (closed) take 20 of the cycle.
    expect(byStep).toMatch(new RegExp(`${nl.concerns.statuses.signals}</td><td[^>]*>77<`));
    const byAge = table(res.body, 'count-by-age');
    for (const group of AGES) {
      expect(byAge, group).toMatch(new RegExp(`${nl.concerns.ageGroupsShort[group]}</td><td[^>]*>180<`));
    }
    expect(res.body).toContain('540 zorgen');

    // 540 open concerns, 25 a page: 22 pages, every one reachable once.
    const seen = await readAllPages(
      lead,
      (n) => `/zorgen/overzicht${n > 1 ? `?pagina=${n}` : ''}`,
      22,
      (body) => concernIds(table(body, 'filtered')),
    );
    expect(seen).toHaveLength(540);
    expect(new Set(seen)).toEqual(new Set(open.map((c) => c.id)));

    // Filtered (step and age group): the filter stays in the page links, and the count is the filter's.
    // Signals about children: i = 21, 42, …, 546, so 26 concerns on 2 pages.
    const signalsChildren = open.filter((c) => c.status === 'signals' && c.ageGroup === 'child');
    expect(signalsChildren).toHaveLength(26);
    const filtered = await lead.get('/zorgen/overzicht?stap=signals&leeftijd=child');
    expect(filtered.body).toContain('26 zorgen');
    expect(pagination(filtered.body)).toContain(
      'href="/zorgen/overzicht?stap=signals&leeftijd=child&pagina=2#resultaten"',
    );
    const seenFiltered = await readAllPages(
      lead,
      (n) => `/zorgen/overzicht?stap=signals&leeftijd=child&pagina=${n}`,
      2,
      (body) => concernIds(table(body, 'filtered')),
    );
    expect(seenFiltered).toHaveLength(26);
    expect(new Set(seenFiltered)).toEqual(new Set(signalsChildren.map((c) => c.id)));
  });
});

describe('/zorgen in pages', () => {
  it('shows the aandachtsfunctionaris every concern and a professional their own, each exactly once', async () => {
    // 90 concerns: the professional wrote the first 30, the aandachtsfunctionaris the rest.
    const seeded = await seedConcerns(
      90,
      (i) => (i % 10 === 0 ? 'closed' : OPEN[i % OPEN.length]!),
      (i) => (i < 30 ? fx.users.A.professional : fx.users.A.safeguardingLead),
    );
    const lead = await new Agent(t.app).signIn(fixtureEmail('A', 'safeguardingLead'));
    const all = await readAllPages(
      lead,
      (n) => `/zorgen?pagina=${n}`,
      4,
      (body) => concernIds(body),
    );
    expect(all).toHaveLength(90);
    expect(new Set(all)).toEqual(new Set(seeded.map((c) => c.id)));

    const teacher = await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
    const own = await readAllPages(
      teacher,
      (n) => `/zorgen?pagina=${n}`,
      2,
      (body) => concernIds(body),
    );
    expect(own).toHaveLength(30);
    expect(new Set(own)).toEqual(new Set(seeded.slice(0, 30).map((c) => c.id)));

    // The English pages read the same parameter, and say where one is in English.
    const en = await readAllPages(
      lead,
      (n) => `/en/zorgen?pagina=${n}`,
      4,
      (body) => concernIds(body),
      (n, count) => `Page ${n} of ${count}`,
    );
    expect(new Set(en)).toEqual(new Set(all));
    expect(pagination((await lead.get('/en/zorgen?pagina=2')).body)).toContain('href="/en/zorgen?pagina=3"');

    // One page: no pagination at all.
    const other = await new Agent(t.app).signIn(fixtureEmail('A', 'volunteer'));
    expect(pagination((await other.get('/zorgen')).body)).toBe('');
  });

  it('takes a page number outside the list as the nearest page, and refuses what is no page number, never with a 5xx', async () => {
    await seedConcerns(
      60,
      (i) => OPEN[i % OPEN.length]!,
      () => fx.users.A.professional,
    );
    const lead = await new Agent(t.app).signIn(fixtureEmail('A', 'safeguardingLead'));
    for (const path of ['/zorgen', '/en/zorgen', '/zorgen/overzicht', '/zorgen/overzicht?stap=&leeftijd=']) {
      const sep = path.includes('?') ? '&' : '?';
      const at = async (value: string) => lead.get(`${path}${sep}pagina=${value}`);
      // Numbers: brought inside 1…3.
      for (const [value, page] of [
        ['', 1],
        ['0', 1],
        ['000', 1],
        ['2', 2],
        ['4', 3],
        ['99999999999999999999', 3],
      ] as const) {
        const res = await at(value);
        expect(res.statusCode, `${path} ${value}`).toBe(200);
        expect(currentPage(res.body), `${path} ${value}`).toBe(page);
      }
      // Not a page number: the 400 page.
      for (const value of [
        'abc',
        '-1',
        '1.5',
        '1e3',
        '0x10',
        '%201',
        '%00',
        '%E2%80%AE',
        '9'.repeat(21),
        '2&pagina=3',
      ]) {
        const res = await at(value);
        expect(res.statusCode, `${path} ${value}`).toBe(400);
      }
    }
  });
});

describe('the intake inbox in pages', () => {
  it('reaches every closed report (no longer cut at 100) and every open one, each exactly once', async () => {
    const vt = await seedVeiligThuis(t.database.db, t.app.kring.config, 'Veilig Thuis Noord-Veluwe', ['ahmed']);
    const at = new Date('2026-12-01T10:00:00Z');
    // 130 closed reports, all closed at the same moment (only the tie-breaker orders them), and 30 open.
    const rows = await t.database.db
      .insertInto('vt_report')
      .values(
        Array.from({ length: 160 }, (_, i) => ({
          veilig_thuis_id: vt.organisationId,
          kind: 'report' as const,
          source: 'resident' as const,
          status: i < 130 ? ('closed' as const) : ('received' as const),
          acute_by_reporter: i % 7 === 0,
          received_at: at,
          due_on: '2026-12-08',
          closed_at: i < 130 ? at : null,
          receipt_hash: randomBytes(16).toString('hex'),
          snapshot: JSON.stringify({}),
          updated_at: at,
        })),
      )
      .returning(['id', 'status'])
      .execute();
    const closed = rows.filter((r) => r.status === 'closed').map((r) => r.id);
    const open = rows.filter((r) => r.status !== 'closed').map((r) => r.id);
    const reportIds = (body: string) =>
      [...table(body, 'inbox').matchAll(/href="\/veilig-thuis\/meldingen\/([0-9a-f-]{36})"/g)].map((m) => m[1]!);
    const intake = await new Agent(t.app).signIn('intake.ahmed@fixture.kring.nl');

    const seenClosed = await readAllPages(intake, (n) => `/veilig-thuis?weergave=afgesloten&pagina=${n}`, 6, reportIds);
    expect(seenClosed).toHaveLength(130);
    expect(new Set(seenClosed)).toEqual(new Set(closed));
    const first = await intake.get('/veilig-thuis?weergave=afgesloten');
    expect(pagination(first.body)).toContain('href="/veilig-thuis?weergave=afgesloten&pagina=2"');

    const seenOpen = await readAllPages(intake, (n) => `/veilig-thuis?pagina=${n}`, 2, reportIds);
    expect(seenOpen).toHaveLength(30);
    expect(new Set(seenOpen)).toEqual(new Set(open));

    for (const value of ['abc', '-1', '9'.repeat(21)]) {
      expect((await intake.get(`/veilig-thuis?weergave=afgesloten&pagina=${value}`)).statusCode, value).toBe(400);
    }
    const last = await intake.get(`/veilig-thuis?weergave=afgesloten&pagina=${'9'.repeat(20)}`);
    expect(last.statusCode).toBe(200);
    expect(currentPage(last.body)).toBe(6);
  });
});

describe("the administrator's lists in pages", () => {
  const at = new Date('2026-12-01T10:00:00Z');

  it('finds every user (no longer cut at 200), each exactly once, with the search kept in the page links', async () => {
    // 210 users of organisation A with the same name (only the tie-breaker orders them).
    const users = await t.database.db
      .insertInto('app_user')
      .values(
        Array.from({ length: 210 }, (_, i) => ({
          email: `lid-${i}@paging.kring.nl`,
          display_name: 'Zelfde Naam',
          password_hash: 'x',
          totp_secret: null,
          created_at: at,
        })),
      )
      .returning('id')
      .execute();
    await t.database.db
      .insertInto('membership')
      .values(
        users.map((u) => ({
          user_id: u.id,
          organisation_id: fx.organisations.A,
          role: 'professional' as const,
          created_at: at,
        })),
      )
      .execute();
    const admin = await new Agent(t.app).signIn(fixtureEmail('A', 'administrator'));
    const first = await admin.get('/beheer/gebruikers?zoek=zelfde');
    expect(first.body).toContain(nl.staff.admin.found(210));
    expect(pagination(first.body)).toContain('href="/beheer/gebruikers?zoek=zelfde&pagina=2"');
    const userIds = (body: string) =>
      [...body.matchAll(/href="\/beheer\/gebruikers\/([0-9a-f-]{36})"/g)].map((m) => m[1]!);
    const seen = await readAllPages(admin, (n) => `/beheer/gebruikers?zoek=zelfde&pagina=${n}`, 9, userIds);
    expect(seen).toHaveLength(210);
    expect(new Set(seen)).toEqual(new Set(users.map((u) => u.id)));
    expect((await admin.get('/beheer/gebruikers?zoek=zelfde&pagina=abc')).statusCode).toBe(400);
  });

  it('lists every invitation (no longer cut at 200), each exactly once', async () => {
    // 210 invitations sent at the same moment.
    await t.database.db
      .insertInto('invitation')
      .values(
        Array.from({ length: 210 }, (_, i) => ({
          token_hash: randomBytes(16).toString('hex'),
          email: `uitnodiging-${i}@paging.kring.nl`,
          display_name: `Genodigde ${i}`,
          organisation_id: fx.organisations.A,
          role: 'professional' as const,
          invited_by: fx.users.A.administrator,
          created_at: at,
          expires_at: new Date(at.getTime() + 7 * 24 * 3600 * 1000),
        })),
      )
      .execute();
    const admin = await new Agent(t.app).signIn(fixtureEmail('A', 'administrator'));
    const emails = (body: string) =>
      [...table(body, 'invitations').matchAll(/>(uitnodiging-\d+@paging\.kring\.nl)</g)].map((m) => m[1]!);
    const seen = await readAllPages(admin, (n) => `/beheer/uitnodigingen?pagina=${n}`, 9, emails);
    expect(seen).toHaveLength(210);
    expect(new Set(seen)).toEqual(new Set(Array.from({ length: 210 }, (_, i) => `uitnodiging-${i}@paging.kring.nl`)));
    expect(pagination((await admin.get('/beheer/uitnodigingen')).body)).toContain(
      'href="/beheer/uitnodigingen?pagina=2#uitnodigingen"',
    );
  });
});

describe("the privacy officer's search for a person", () => {
  it('says when more persons have the name than it shows, instead of leaving them out silently', async () => {
    const at = new Date('2026-12-01T10:00:00Z');
    const persons = (names: string[]) =>
      t.database.db
        .insertInto('person')
        .values(
          names.map((full_name) => ({
            organisation_id: fx.organisations.A,
            full_name,
            date_of_birth: null,
            age_group: 'child' as const,
            created_at: at,
          })),
        )
        .execute();
    await persons(Array.from({ length: 20 }, (_, i) => `Kind Jansen ${String(i).padStart(2, '0')}`));
    const officer = await new Agent(t.app).signIn(fixtureEmail('A', 'privacyOfficer'));
    const names = (body: string) => [...body.matchAll(/>Kind Jansen (\d\d)<\/a>/g)].map((m) => m[1]!);

    // 20: all of them, nothing more to say.
    let res = await officer.get('/privacy/logboek/betrokkenen?naam=jansen');
    expect(res.statusCode).toBe(200);
    expect(names(res.body)).toHaveLength(20);
    expect(res.body).not.toContain('data-testid="subjects-more"');

    // 21: the first 20 by name, and the sentence that there are more.
    await persons(['Kind Jansen 20']);
    res = await officer.get('/privacy/logboek/betrokkenen?naam=jansen');
    expect(names(res.body)).toEqual(Array.from({ length: 20 }, (_, i) => String(i).padStart(2, '0')));
    expect(res.body).toContain(
      'Er zijn meer dan 20 personen met deze naam. U ziet de eerste 20, op naam. Typ meer van de naam om de persoon te vinden.',
    );
    res = await officer.get('/en/privacy/logboek/betrokkenen?naam=jansen');
    expect(res.body).toContain('More than 20 people have this name.');
    // A longer name finds the one left out.
    res = await officer.get(`/privacy/logboek/betrokkenen?naam=${encodeURIComponent('jansen 20')}`);
    expect(names(res.body)).toEqual(['20']);
    expect(res.body).not.toContain('data-testid="subjects-more"');
  });
});
