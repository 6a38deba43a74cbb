// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 12, item 1 (ADR 0029): the privacy officer's export of Tara's overview, opened as PDF and
 * CSV, names no reporter who asked to stay unknown. Tara's story is played as the demo plays it, on
 * a fixed date, so the times are worked out by hand: the report was filed on 22 November 2026 at
 * 10:00 UTC, which is 11:00 in the Netherlands (winter time). The PDF is read back with poppler's
 * pdftotext (apt-get install -y poppler-utils): without it this test fails, it never skips.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playTaraStory, TARA_STORY } from '#src/db/demo-story.ts';
import { SEEDERS, seedDemoData } from '#src/db/seed.ts';
import { subjectPseudonym } from '#src/modules/audit/audit.ts';
import { DEMO_PASSWORD } from '#src/modules/identity/identity.seed.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { Agent, TestClock } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';

const nl = messages('nl').staff.audit.overview;
const en = messages('en').staff.audit.overview;
const PDFTOTEXT = '/usr/bin/pdftotext';

/** The moment the story is seeded: it happened in the three weeks before (demo-story.ts). */
const STORY_NOW = new Date('2026-12-01T12:00:00Z');
/** Day 12 of the story, 10:00 UTC: Sanne files the report. In Dutch (winter) time: 11:00. */
const FILED_NL = '22 november 2026 om 11:00';
const FILED_EN = '22 November 2026 at 11:00';
/** Day 13, 09:00 UTC: the intake reads the report. 10:00 in Dutch time. */
const VT_READ_NL = '23 november 2026 om 10:00';

const SCHOOL = TARA_STORY.school;
const VEILIG_THUIS = 'Veilig Thuis Noord-Veluwe (demo)';
const REPORTER = 'Sanne de Vries';

let t: Awaited<ReturnType<typeof createTestApp>>;
const clock = new TestClock();
let tara: string;
let noor: Agent;

beforeAll(async () => {
  t = await createTestApp({ clock: clock.now, authRateLimit: 10_000 });
  const story = [
    {
      name: 'tara',
      run: (db: typeof t.database.db, config: typeof t.app.kring.config) => playTaraStory(db, config, STORY_NOW),
    },
  ];
  expect(await seedDemoData(t.database.db, t.app.kring.config, SEEDERS, story)).toBe(true);
  tara = (
    await t.database.db
      .selectFrom('person')
      .select('id')
      .where('full_name', '=', TARA_STORY.tara)
      .executeTakeFirstOrThrow()
  ).id;
  noor = await demo('privacy.college@demo.kring.nl');
}, 120_000);
afterAll(() => t.close());

/** Signs in as a demo user; the clock moves on a code's 30 seconds, so a code is never used twice. */
function demo(email: string): Promise<Agent> {
  clock.advance(31_000);
  return new Agent(t.app).signIn(email, DEMO_PASSWORD);
}

const exportUrl = (extension: 'pdf' | 'csv', locale: 'nl' | 'en' = 'nl', person = tara) =>
  `${locale === 'en' ? '/en' : ''}/privacy/logboek/betrokkene/${person}/overzicht.${extension}`;

/** The text of a PDF as pdftotext reads it, with every run of white space as one space. */
function pdfText(pdf: Buffer): string {
  if (!fs.existsSync(PDFTOTEXT)) {
    throw new Error(`${PDFTOTEXT} not found. Install it with: apt-get install -y poppler-utils`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-overview-'));
  try {
    const file = path.join(dir, 'overview.pdf');
    fs.writeFileSync(file, pdf);
    return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** RFC 4180: records of fields, quoted fields with doubled quotes, CRLF between records. */
function parseCsv(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** The table of a CSV export: the rows after its header row. */
function csvTable(records: string[][], header: string): Record<string, string>[] {
  const at = records.findIndex((r) => r[0] === header);
  expect(at).toBeGreaterThan(0);
  const names = records[at]!;
  return records.slice(at + 1).map((r) => Object.fromEntries(names.map((name, i) => [name, r[i] ?? ''])));
}

function exportRows() {
  return t.database.db
    .selectFrom('audit_event')
    .selectAll()
    .where('event_type_code', '=', 'audit.subject.export')
    .orderBy('id')
    .execute();
}

describe("the export of Tara's overview (issue 12, item 1)", () => {
  it('as PDF: no reporter who asked to stay unknown, the note why, plain words, Dutch time, Veilig Thuis’s reads', async () => {
    const res = await noor.get(exportUrl('pdf'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="inzage-overzicht-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Not in the file's bytes either (metadata, an unembedded string).
    expect(pdf.toString('latin1')).not.toContain('Sanne');

    const text = pdfText(pdf);
    expect(text).not.toContain('Sanne');
    expect(text).not.toContain('de Vries');
    expect(text).toContain(nl.title(TARA_STORY.tara));
    expect(text).toContain(nl.redactedTitle);
    expect(text).toContain(nl.redactedReasons.staysUnknown);
    expect(text).toContain(nl.redactedReasons.veiligThuis);
    expect(text).toContain(`${nl.who}: Een professional van ${SCHOOL}`);
    expect(text).toContain(`${nl.event}: Meldde bij Veilig Thuis`);
    expect(text).toContain(`${nl.event}: Las het dossier`);
    expect(text).toContain(`${nl.event}: Voegde een observatie of notitie toe aan het dossier`);
    // Veilig Thuis's read of the report, without the intake worker's name.
    expect(text).toContain(`${nl.event}: Las de melding bij Veilig Thuis`);
    expect(text).toContain(`Een professional van ${VEILIG_THUIS}`);
    expect(text).not.toContain('Ahmed');
    // Someone who did not report is named, with organisation and role.
    expect(text).toContain(
      `${nl.who}: Mark Jansen · ${nl.role}: Aandachtsfunctionaris · ${nl.organisation}: ${SCHOOL}`,
    );
    expect(text).toContain(FILED_NL);
    expect(text).toContain(VT_READ_NL);
    expect(text).not.toContain('UTC');
    expect(text).not.toMatch(/\b(?:concern|report|audit|auth)\.\w/);
    expect(text).toContain('Pagina 1 van');
  });

  it('as CSV: the same, in cells a spreadsheet reads, with the note above the table', async () => {
    const res = await noor.get(exportUrl('csv'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(String(res.headers['content-disposition'])).toMatch(
      /^attachment; filename="inzage-overzicht-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = res.rawPayload;
    // UTF-8 with a byte order mark, so Excel reads "Coördinator" as written.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).not.toContain('Sanne');
    expect(text).not.toContain('Vries');
    expect(text).not.toContain('Ahmed');

    const records = parseCsv(text, ';');
    expect(records[0]).toEqual([nl.title(TARA_STORY.tara)]);
    const preface = records
      .slice(
        0,
        records.findIndex((r) => r[0] === nl.time),
      )
      .flat();
    expect(preface).toContain(nl.redactedIntro);
    expect(preface).toContain(nl.redactedReasons.staysUnknown);
    expect(preface).toContain(nl.redactedReasons.veiligThuis);

    const rows = csvTable(records, nl.time);
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect(Object.values(row).join(' ')).not.toContain(REPORTER);
      expect(row[nl.organisation]).not.toBe('');
      expect(row[nl.role]).not.toBe('');
      expect(row[nl.event]).not.toMatch(/\b(?:concern|report|audit|auth)\.\w/);
    }
    expect(rows).toContainEqual({
      [nl.time]: FILED_NL,
      [nl.who]: `Een professional van ${SCHOOL}`,
      [nl.organisation]: SCHOOL,
      [nl.role]: 'Professional',
      [nl.event]: 'Meldde bij Veilig Thuis',
      [nl.purpose]: 'Zorg voor de persoon',
    });
    expect(rows).toContainEqual({
      [nl.time]: VT_READ_NL,
      [nl.who]: `Een professional van ${VEILIG_THUIS}`,
      [nl.organisation]: VEILIG_THUIS,
      [nl.role]: 'Medewerker Veilig Thuis',
      [nl.event]: 'Las de melding bij Veilig Thuis',
      [nl.purpose]: 'Veiligheid (melding of advies van Veilig Thuis)',
    });
    // Every row of the reporter is replaced, not only the report: she opened the dossier too.
    expect(rows.find((r) => r[nl.event] === 'Opende een zorgdossier')?.[nl.who]).toBe(`Een professional van ${SCHOOL}`);
    // Oldest first.
    expect(rows[0]![nl.event]).toBe('Opende een zorgdossier');
  });

  it('in the reader’s language: English with a comma as separator', async () => {
    const res = await noor.get(exportUrl('csv', 'en'));
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain('filename="access-overview-');
    const text = res.rawPayload.subarray(3).toString('utf8');
    expect(text).not.toContain('Sanne');
    const rows = csvTable(parseCsv(text, ','), en.time);
    expect(rows).toContainEqual(
      expect.objectContaining({
        [en.time]: FILED_EN,
        [en.who]: `A professional of ${SCHOOL}`,
        [en.event]: 'Reported to Veilig Thuis',
      }),
    );
    const pdf = pdfText((await noor.get(exportUrl('pdf', 'en'))).rawPayload);
    expect(pdf).toContain(en.redactedReasons.staysUnknown);
    expect(pdf).not.toContain('Sanne');
    expect(pdf).toContain('Page 1 of');
  });

  it('is audited as an export with Tara as data subject', async () => {
    const before = (await exportRows()).length;
    await noor.get(exportUrl('csv'));
    const rows = await exportRows();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      event_action_code: 'R',
      role_id_code: 'privacyOfficer',
      purpose_of_use: 'audit-review',
      participant_object_type_code: 'person',
      participant_object_id: tara,
      data_subject_pseudonym: subjectPseudonym(t.app.kring.keys.pseudonymKey, 'person', tara),
    });
  });
});

describe('the overview on screen', () => {
  it('shows the same words and times, marks the names the export replaces, and prints its intro once', async () => {
    const res = await noor.get(`/privacy/logboek/persoon?betrokkene=${tara}`);
    expect(res.statusCode).toBe(200);
    const body = res.body;
    expect(body.split(nl.intro(TARA_STORY.tara)).length - 1).toBe(1);
    expect(body).toContain(nl.caption(TARA_STORY.tara));
    expect(body).toContain(FILED_NL);
    expect(body).toContain('Meldde bij Veilig Thuis');
    expect(body).toContain('Las de melding bij Veilig Thuis');
    expect(body).not.toContain('concern.read');
    expect(body).not.toContain('concern.step.fileReport');
    expect(body).not.toContain('(UTC)');
    // The officer sees her colleague's name, and what the export says instead.
    expect(body).toContain(REPORTER);
    expect(body).toContain(nl.exportedAs(`Een professional van ${SCHOOL}`));
    expect(body).toContain('data-testid="redaction-note"');
    expect(body).toContain('data-testid="officer-note"');
    // Veilig Thuis's worker is never named to the school.
    expect(body).not.toContain('Ahmed');
    expect(body).toContain(`href="/privacy/logboek/betrokkene/${tara}/overzicht.pdf"`);
    expect(body).toContain(`href="/privacy/logboek/betrokkene/${tara}/overzicht.csv"`);
  });
});

describe('who may export', () => {
  it('only the privacy officer of Tara’s organisation; others are refused and audited', async () => {
    const before = (await exportRows()).length;
    // The teacher: the route is not hers (403), audited with Tara as subject.
    const sanne = await demo(TARA_STORY.teacher);
    const teacher = await sanne.get(exportUrl('csv'));
    expect(teacher.statusCode).toBe(403);
    expect(teacher.body).not.toContain(TARA_STORY.tara);
    const denied = await t.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('event_type_code', '=', 'route.denied')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(denied.data_subject_pseudonym).toBe(subjectPseudonym(t.app.kring.keys.pseudonymKey, 'person', tara));

    // Another organisation's privacy officer: Tara is not theirs (404), audited as a refused object.
    const pieter = await demo('privacy@demo.kring.nl');
    for (const extension of ['pdf', 'csv'] as const) {
      const res = await pieter.get(exportUrl(extension));
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain(TARA_STORY.tara);
    }
    expect((await pieter.get(exportUrl('csv', 'nl', 'not-an-id'))).statusCode).toBe(404);
    const refused = await t.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('event_type_code', '=', 'object.denied')
      .where('participant_object_id', '=', tara)
      .execute();
    expect(refused.length).toBeGreaterThanOrEqual(2);
    expect(refused[0]).toMatchObject({ participant_object_type_code: 'person', event_outcome_indicator: 4 });

    // Without signing in: to the sign-in page.
    const anonymous = await new Agent(t.app).get(exportUrl('pdf'));
    expect(anonymous.statusCode).toBe(303);
    expect(String(anonymous.headers.location)).toContain('/inloggen');

    expect(await exportRows()).toHaveLength(before);
  });
});

describe('a second factor for handing data over', () => {
  it('asks to confirm with a code when the last one is more than five minutes old, then downloads', async () => {
    const officer = await demo('privacy.college@demo.kring.nl');
    const before = (await exportRows()).length;
    clock.advance(6 * 60_000);
    const url = exportUrl('csv');
    const stale = await officer.get(url);
    expect(stale.statusCode).toBe(303);
    expect(String(stale.headers.location)).toBe(`/opnieuw-bevestigen?terug=${encodeURIComponent(url)}`);
    expect(await exportRows()).toHaveLength(before);

    const confirmed = await officer.post('/opnieuw-bevestigen', {
      code: await officer.code('privacy.college@demo.kring.nl'),
      terug: url,
    });
    expect(confirmed.statusCode).toBe(303);
    expect(confirmed.headers.location).toBe(url);
    const res = await officer.get(url);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.toString('utf8')).not.toContain('Sanne');
    expect(await exportRows()).toHaveLength(before + 1);
  });
});
