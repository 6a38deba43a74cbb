// SPDX-License-Identifier: EUPL-1.2
/**
 * Statistics that expose no one (issue 15, ADR 0039), over HTTP. The data is built to tempt
 * disclosure: one sports club with 3 concerns, all about older people, all in December, all reported,
 * beside a school with 40 and a neighbourhood team with 30, so that 73 − 40 − 30 = 3 would give the
 * club away in every table; 12 Veilig Thuis reports of which 3 are not assessed yet; 11 circle matches
 * of which 3 had late contact. Every statistics page (public and municipality, both languages) and
 * every CSV is read as an attacker reads it: no figure under 10 is shown, and the attacker of
 * test/statistics/attacker.ts, with the sums, finds no hidden figure that must be under 10.
 * Also: the year form's bad input, a CSV that does not exist, and who may read the full set.
 */
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from '#test/agent.ts';
import { createMember, createOrganisation, type Organisation, signedIn } from '#test/factories/users.ts';
import { createTestApp } from '#test/setup.ts';
import { disclosures, type Line, linesOf1d, linesOf2d, type Seen } from '#test/statistics/attacker.ts';

const NOW = new Date('2026-03-16T10:00:00Z');
const YEAR = 2025;
let t: Awaited<ReturnType<typeof createTestApp>>;
let petra: Agent;
let professional: Agent;
let anonymous: Agent;

/** The instant of a day in 2025, at 10:00 UTC. */
const day = (month: number, date: number) => new Date(Date.UTC(YEAR, month - 1, date, 10));

beforeAll(async () => {
  t = await createTestApp({ clock: () => NOW, authRateLimit: 10_000 });
  const db = t.app.kring.database.db;
  const municipality = await createOrganisation(t.app, { name: 'Gemeente Harderwijk', type: 'municipality' });
  const school = await createOrganisation(t.app, { name: 'Basisschool De Wilg', type: 'school' });
  const team = await createOrganisation(t.app, { name: 'Wijkteam Stad', type: 'socialTeam' });
  const club = await createOrganisation(t.app, { name: 'Sportclub Veluwe', type: 'sportsClub' });
  const vt = await createOrganisation(t.app, { name: 'Veilig Thuis Noord- en Oost-Gelderland', type: 'veiligThuis' });
  petra = await signedIn(t.app, await createMember(t.app, 'editor', { organisation: municipality }));
  const author = await createMember(t.app, 'professional', { organisation: school });
  professional = await signedIn(t.app, author);
  anonymous = new Agent(t.app);

  let n = 0;
  /** Concerns of an organisation: month, who, category, reported. */
  const concerns = async (
    org: Organisation,
    count: number,
    at: (i: number) => Date,
    ageGroup: 'child' | 'adult' | 'older',
    category: string,
    reported: boolean,
  ) => {
    for (let i = 0; i < count; i++) {
      const opened = at(i);
      const person = await db
        .insertInto('person')
        .values({
          organisation_id: org.id,
          full_name: `Persoon ${++n}`,
          date_of_birth: null,
          age_group: ageGroup,
          created_at: opened,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const concern = await db
        .insertInto('concern')
        .values({
          organisation_id: org.id,
          person_id: person.id,
          author_id: author.userId,
          status: reported ? 'report' : 'closed',
          sector: 'education',
          parent_id: null,
          opened_at: opened,
          updated_at: opened,
          check_date: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const entries = [
        {
          kind: 'observation',
          data: {
            facts: 'Feit',
            interpretation: '',
            sourceKind: 'self',
            source: '',
            categories: [category],
            signListVersion: '1',
          },
        },
        ...(reported
          ? [
              {
                kind: 'decision',
                data: { decision: 'report', reasons: '', keepHelping: false, checkDate: null, informedPerson: true },
              },
            ]
          : []),
      ];
      await db
        .insertInto('concern_entry')
        .values(
          entries.map((e, k) => ({
            concern_id: concern.id,
            seq: k + 1,
            kind: e.kind as 'observation',
            author_id: author.userId,
            created_at: new Date(opened.getTime() + (k + 1) * 86_400_000),
            data: JSON.stringify(e.data),
          })),
        )
        .execute();
    }
  };
  // School: 40 children, January–April; team: 20 adults and 10 children, May–July; club: 3 older people in December.
  await concerns(school, 40, (i) => day(1 + Math.floor(i / 10), 5 + (i % 10)), 'child', 'physicalAbuse', false);
  await concerns(team, 20, (i) => day(5 + Math.floor(i / 10), 5 + (i % 10)), 'adult', 'partnerViolence', false);
  await concerns(team, 10, (i) => day(7, 5 + i), 'child', 'emotionalNeglect', false);
  await concerns(club, 3, (i) => day(12, 2 + i), 'older', 'elderAbuse', true);

  // Veilig Thuis: 9 reports assessed on time, 3 not yet.
  for (let i = 0; i < 12; i++) {
    await db
      .insertInto('vt_report')
      .values({
        veilig_thuis_id: vt.id,
        kind: 'report',
        source: 'professional',
        acute_by_reporter: false,
        reporter_user_id: author.userId,
        reporter_organisation_id: school.id,
        status: i < 9 ? 'closed' : 'received',
        outcome: i < 9 ? 'closed' : null,
        received_at: day(3, 2 + i),
        due_on: `${YEAR}-03-${String(9 + i).padStart(2, '0')}`,
        assessed_at: i < 9 ? day(3, 3 + i) : null,
        snapshot: JSON.stringify({}),
        updated_at: day(3, 3 + i),
      })
      .execute();
  }
  // The circle: 8 matches with contact within 10 working days, 3 with contact a month later.
  for (let i = 0; i < 11; i++) {
    await db
      .insertInto('circle_team')
      .values({ formed_at: day(4, 1 + i), contact_recorded_at: i < 8 ? day(4, 3 + i) : day(5, 20 + i) })
      .execute();
  }
}, 60_000);
afterAll(() => t.close());

/** A CSV file as rows of cells (quoted cells with commas, quotes and line breaks allowed). */
function csvRows(body: string): string[][] {
  const text = body.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') [cell, i] = [`${cell}"`, i + 1];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') [row, cell] = [[...row, cell], ''];
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.push([...row, cell]);
      [row, cell] = [[], ''];
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A CSV cell as the attacker reads it. */
function seen(cell: string): Seen {
  if (cell === '×') return { kind: 'hidden' };
  expect(cell, `a count cell is a whole number or ×: ${cell}`).toMatch(/^\d+$/);
  return { kind: 'shown', value: Number(cell) };
}

/** The published figures of a one-way CSV (rows, then the total) and their sums. */
function oneWay(rows: string[][]): { figures: Seen[]; lines: Line[]; labels: string[] } {
  const body = rows.slice(1);
  const figures = body.map((r) => seen(r[1]!));
  return { figures, lines: linesOf1d(figures.length - 1), labels: body.map((r) => r[0]!) };
}

/** The published figures of the two-way CSV in attacker.ts's layout, and their sums. */
function twoWay(rows: string[][]): { figures: Seen[]; lines: Line[] } {
  const body = rows.slice(1, -1);
  const columns = rows[0]!.length - 2;
  const foot = rows.at(-1)!;
  const figures = [
    ...body.flatMap((r) => r.slice(1, 1 + columns).map(seen)),
    ...body.map((r) => seen(r[1 + columns]!)),
    ...foot.slice(1, 1 + columns).map(seen),
    seen(foot[1 + columns]!),
  ];
  return { figures, lines: linesOf2d(body.length, columns) };
}

const PUBLIC = ['per-maand', 'over-wie', 'afloop', 'veilig-thuis', 'kring'];
/** The municipality's tables: "who" is a margin of its category × subject table, so not a table of its own. */
const MUNICIPALITY = [
  'per-maand',
  'soort-en-over-wie',
  'per-organisatie',
  'afloop',
  'tijd-per-stap',
  'veilig-thuis',
  'kring',
];

async function csv(agent: Agent, path: string): Promise<string[][]> {
  const res = await agent.get(path);
  expect(res.statusCode, `${path}: ${res.body.slice(0, 300)}`).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="/);
  return csvRows(res.body);
}

describe('statistics built to tempt disclosure', () => {
  it('no CSV shows or implies a count under 10, public or the municipality’s, in either language', async () => {
    const files = [
      ...PUBLIC.flatMap((slug) =>
        [`/statistieken/csv?tabel=${slug}`, `/en/statistieken/csv?tabel=${slug}`].map((p) => [anonymous, p] as const),
      ),
      ...MUNICIPALITY.map((slug) => [petra, `/netwerk/statistieken/csv?tabel=${slug}`] as const),
      ...MUNICIPALITY.map((slug) => [petra, `/en/netwerk/statistieken/csv?tabel=${slug}`] as const),
    ];
    let attacked = 0;
    for (const [agent, path] of files) {
      const rows = await csv(agent, `${path}&jaar=${YEAR}`);
      if (path.endsWith('tabel=tijd-per-stap')) continue;
      const { figures, lines } = path.endsWith('soort-en-over-wie') ? twoWay(rows) : oneWay(rows);
      expect(disclosures(figures, lines, 200), `${path}: ${JSON.stringify(rows)}`).toEqual([]);
      attacked++;
    }
    expect(attacked).toBe(PUBLIC.length * 2 + (MUNICIPALITY.length - 1) * 2);
  });

  it('hides the club and also what would give it away (complementary cells), as computed by hand', async () => {
    const byType = await csv(petra, `/netwerk/statistieken/csv?tabel=per-organisatie&jaar=${YEAR}`);
    const cell = (rows: string[][], label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(cell(byType, 'Sportvereniging')).toBe('×');
    expect(cell(byType, 'School')).toBe('40');
    // Shown, the team's 30 would leave 3 for all the other kinds together: it is hidden too.
    expect(cell(byType, 'Sociaal team of wijkteam')).toBe('×');
    expect(cell(byType, 'Totaal')).toBe('73');

    const bySubject = await csv(anonymous, `/statistieken/csv?tabel=over-wie&jaar=${YEAR}`);
    expect(cell(bySubject, 'Oudere')).toBe('×');
    expect(cell(bySubject, 'Totaal')).toBe('73');
    expect(bySubject.filter((r) => r[1] === '×').length).toBeGreaterThanOrEqual(2);

    const byMonth = await csv(anonymous, `/statistieken/csv?tabel=per-maand&jaar=${YEAR}`);
    expect(cell(byMonth, 'december')).toBe('×');
    expect(byMonth).toHaveLength(1 + 12 + 1);

    const outcome = await csv(anonymous, `/statistieken/csv?tabel=afloop&jaar=${YEAR}`);
    expect(cell(outcome, 'Alleen een melding bij Veilig Thuis')).toBe('×');
    expect(cell(outcome, 'Geen melding of hulp (nog niet, of niet nodig)')).toBe('×');

    const vt = await csv(anonymous, `/statistieken/csv?tabel=veilig-thuis&jaar=${YEAR}`);
    expect(cell(vt, 'Nog niet beoordeeld')).toBe('×');
    expect(cell(vt, 'Binnen 5 werkdagen')).toBe('×');
    expect(cell(vt, 'Totaal')).toBe('12');

    const circle = await csv(anonymous, `/statistieken/csv?tabel=kring&jaar=${YEAR}`);
    expect(cell(circle, 'Later contact')).toBe('×');
    expect(cell(circle, 'Totaal')).toBe('11');
  });

  it('no page shows a count under 10; a hidden figure is "×" with words for screen readers; shares only of shown counts', async () => {
    for (const [agent, path] of [
      [anonymous, '/statistieken'],
      [anonymous, '/en/statistieken'],
      [petra, '/netwerk/statistieken'],
      [petra, '/en/netwerk/statistieken'],
    ] as const) {
      const res = await agent.get(`${path}?jaar=${YEAR}`);
      expect(res.statusCode, path).toBe(200);
      const html = parse(res.body);
      const tables = html.querySelectorAll('[data-testid^="table-"]');
      expect(tables.length, path).toBe(path.includes('netwerk') ? 7 : 5);
      for (const table of tables) {
        if (table.getAttribute('data-testid') === 'table-steps') continue;
        for (const td of table.querySelectorAll('td.utrecht-table__cell--numeric')) {
          const text = td.text.trim();
          if (text.endsWith('%')) continue;
          if (text.startsWith('×')) {
            expect(text, path).toMatch(/^×(niet getoond|not shown)$/);
            continue;
          }
          expect(Number(text.replace(/[.,]/g, '')), `${path}: ${text}`).toBeGreaterThanOrEqual(10);
        }
        // The chart says no more than the table: its values are the table's.
        for (const value of table.querySelectorAll('.kring-chart__value')) {
          const text = value.text.trim();
          if (text !== '×')
            expect(Number(text.replace(/[.,]/g, '')), `${path} chart: ${text}`).toBeGreaterThanOrEqual(10);
        }
      }
      // The sports club's 3 are nowhere as a figure: no "3" in any table cell or chart value.
      expect(html.querySelectorAll('td, .kring-chart__value').map((e) => e.text.trim())).not.toContain('3');
    }
  });
});

describe('the statistics pages', () => {
  it('a year not offered comes back next to the field and in the error summary', async () => {
    for (const bad of ['1999', 'abc', '2025<script>']) {
      const res = await anonymous.get(`/statistieken?jaar=${encodeURIComponent(bad)}`);
      expect(res.statusCode).toBe(400);
      const html = parse(res.body);
      expect(html.querySelector('.utrecht-form-field-error-message')?.text).toContain('Kies een jaar uit de lijst');
      expect(html.querySelector('a[href="#jaar"]')?.text).toContain('Kies een jaar uit de lijst');
      expect(html.querySelectorAll('[data-testid^="table-"]')).toHaveLength(0);
      expect(res.body).not.toContain('<script>');
    }
  });

  it('the language switch keeps the chosen year, and nothing else of the query', async () => {
    const switchOf = async (path: string) =>
      parse((await anonymous.get(path)).body)
        .querySelector('.kring-header__language a')
        ?.getAttribute('href');
    expect(await switchOf(`/statistieken?jaar=${YEAR}&code=geheim`)).toBe(`/en/statistieken?jaar=${YEAR}`);
    expect(await switchOf(`/en/statistieken?jaar=${YEAR}`)).toBe(`/statistieken?jaar=${YEAR}`);
    // Without a year chosen, the current one is shown and kept.
    expect(await switchOf('/statistieken')).toBe('/en/statistieken?jaar=2026');
    expect(await switchOf('/statistieken?jaar=1999')).toBe('/en/statistieken');
  });

  it('a CSV of a table or year not offered is not found; the public cannot fetch the municipality’s tables', async () => {
    expect((await anonymous.get('/statistieken/csv?tabel=bestaat-niet')).statusCode).toBe(404);
    expect((await anonymous.get(`/statistieken/csv?tabel=per-maand&jaar=1999`)).statusCode).toBe(404);
    expect((await anonymous.get(`/statistieken/csv?tabel=per-organisatie&jaar=${YEAR}`)).statusCode).toBe(404);
  });

  it('the full set is for the municipality: a professional is refused, a visitor is sent to sign in', async () => {
    expect((await professional.get('/netwerk/statistieken')).statusCode).toBe(403);
    expect((await professional.get(`/netwerk/statistieken/csv?tabel=per-organisatie&jaar=${YEAR}`)).statusCode).toBe(
      403,
    );
    const visitor = await anonymous.get('/netwerk/statistieken');
    expect(visitor.statusCode).toBe(303);
    expect(visitor.headers.location).toContain('/inloggen');
  });

  it('the home page leads to the figures, the editor’s navigation to the full set', async () => {
    const home = parse((await anonymous.get('/')).body);
    expect(home.querySelector('a[href="/statistieken"]')).not.toBeNull();
    const staff = parse((await petra.get('/mijn-kring')).body);
    expect(staff.querySelector('nav a[href="/netwerk/statistieken"]')).not.toBeNull();
    const prof = parse((await professional.get('/mijn-kring')).body);
    expect(prof.querySelector('a[href="/netwerk/statistieken"]')).toBeNull();
  });
});
