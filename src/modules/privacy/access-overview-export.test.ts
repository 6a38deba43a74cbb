// SPDX-License-Identifier: EUPL-1.2
/**
 * The access overview's files (ADR 0029): the CSV is UTF-8 with a byte order mark, CRLF, the
 * separator of the reader's language, and no cell a spreadsheet would run as a formula (ASVS
 * 1.2.10); a protected name is in neither file, whose names hold no person's name. The PDF's text is
 * read back with pdftotext (apt-get install -y poppler-utils): without it the test fails, never skips.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '#src/web/i18n/messages.ts';
import { overviewFileName, renderOverviewCsv, renderOverviewPdf } from './access-overview-export.ts';
import type { SubjectLogEntry } from './privacy.repository.ts';
import type { SubjectOverviewExport } from './privacy.service.ts';

const nl = messages('nl');
const en = messages('en');
const PDFTOTEXT = '/usr/bin/pdftotext';

function entry(id: string, overrides: Partial<SubjectLogEntry>): SubjectLogEntry {
  return {
    id,
    time: new Date('2026-11-22T10:00:00Z'),
    userId: `user-${id}`,
    userName: `Person ${id}`,
    organisationId: 'org-school',
    organisationName: 'Veluwe College',
    organisationType: 'school',
    role: 'professional',
    action: 'R',
    type: 'concern.read',
    outcome: 0,
    purpose: 'care',
    ...overrides,
  };
}

/** Names and an organisation a spreadsheet would take for formulas, and the protected reporter. */
const HOSTILE = ['=HYPERLINK("https://example.org","klik")', '+31 6 1234', '-2+3', '@SUM(A1)', '\tTab', '\rReturn'];
const data: SubjectOverviewExport = {
  subjectId: 'person-1',
  name: 'Tara Bakker',
  organisationId: 'org-school',
  organisationName: 'Veluwe College',
  generatedAt: new Date('2026-12-05T10:00:00Z'),
  entries: [
    entry('1', { userId: 'user-sanne', userName: 'Sanne de Vries', type: 'concern.step.fileReport' }),
    ...HOSTILE.map((name, i) => entry(`h${i}`, { userName: name })),
    entry('org', { organisationName: '=cmd|"/c calc"!A1' }),
    entry('semi', { userName: 'Jansen; Mark "MJ"' }),
  ],
  protectedUserIds: ['user-sanne'],
};

/** RFC 4180 records (quoted fields, doubled quotes, CRLF). */
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
      records.push([...record, field]);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

describe('the CSV', () => {
  const bytes = renderOverviewCsv(data, nl, 'nl');
  const text = bytes.subarray(3).toString('utf8');
  const records = parseCsv(text, ';');
  const table = records.slice(records.findIndex((r) => r[0] === nl.staff.audit.overview.time) + 1);

  it('is UTF-8 with a byte order mark, CRLF, and “;” between cells in Dutch', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n(?!")/);
    expect(records.find((r) => r[0] === nl.staff.audit.overview.time)).toEqual([
      'Datum en tijd',
      'Wie',
      'Organisatie',
      'Rol',
      'Wat',
      'Waarom',
    ]);
  });

  it('prefixes every cell that starts like a formula with an apostrophe', () => {
    const who = table.map((r) => r[1]);
    expect(who).toEqual(
      expect.arrayContaining([
        `'=HYPERLINK("https://example.org","klik")`,
        `'+31 6 1234`,
        `'-2+3`,
        `'@SUM(A1)`,
        `'\tTab`,
        `'\rReturn`,
      ]),
    );
    expect(table.find((r) => r[2]?.includes('cmd'))?.[2]).toBe(`'=cmd|"/c calc"!A1`);
    for (const cell of records.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('quotes a cell with the separator or quotes, so it stays one cell', () => {
    expect(table.map((r) => r[1])).toContain('Jansen; Mark "MJ"');
    for (const row of table) expect(row).toHaveLength(6);
  });

  it('names no protected reporter, and says why', () => {
    expect(text).not.toContain('Sanne');
    expect(table[0]).toEqual([
      '22 november 2026 om 11:00',
      'Een professional van Veluwe College',
      'Veluwe College',
      'Professional',
      'Meldde bij Veilig Thuis',
      'Zorg voor de persoon',
    ]);
    expect(records.flat()).toContain(nl.staff.audit.overview.redactedReasons.staysUnknown);
  });

  it('uses “,” in English', () => {
    const english = parseCsv(renderOverviewCsv(data, en, 'en').subarray(3).toString('utf8'), ',');
    expect(english.find((r) => r[0] === 'Date and time')).toEqual([
      'Date and time',
      'Who',
      'Organisation',
      'Role',
      'What',
      'Why',
    ]);
    expect(english.flat()).toContain('A professional of Veluwe College');
  });

  it('has a file name with the date in Dutch time and no one’s name', () => {
    expect(overviewFileName(nl, new Date('2026-12-31T23:30:00Z'), 'csv')).toBe('inzage-overzicht-2027-01-01.csv');
    expect(overviewFileName(en, data.generatedAt, 'pdf')).toBe('access-overview-2026-12-05.pdf');
  });
});

describe('the PDF', () => {
  it('names no protected reporter, says why, and keeps names out of its metadata', async () => {
    if (!fs.existsSync(PDFTOTEXT))
      throw new Error(`${PDFTOTEXT} not found. Install it with: apt-get install -y poppler-utils`);
    const pdf = await renderOverviewPdf(data, nl, 'nl');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-overview-'));
    try {
      const file = path.join(dir, 'o.pdf');
      fs.writeFileSync(file, pdf);
      const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).not.toContain('Sanne');
      expect(text).toContain('Wie: Een professional van Veluwe College · Rol: Professional');
      expect(text).toContain('Wat: Meldde bij Veilig Thuis');
      expect(text).toContain(nl.staff.audit.overview.redactedReasons.staysUnknown);
      expect(text).toContain('Vertrouwelijk. Alleen voor de persoon zelf of de ouders.');
      expect(text).toMatch(/Pagina 1 van \d/);
      const info = execFileSync(PDFTOTEXT.replace('pdftotext', 'pdfinfo'), ['-enc', 'UTF-8', file], {
        encoding: 'utf8',
      });
      expect(info).toMatch(/^Title: +Overzicht: wie keek naar het dossier$/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const raw = pdf.toString('latin1');
    expect(raw).not.toContain('Tara');
    expect(raw).not.toContain('Sanne');
  });
});
