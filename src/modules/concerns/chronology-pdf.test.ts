// SPDX-License-Identifier: EUPL-1.2
/**
 * The chronology PDF: a real PDF, the person's name and a quote with curly quotes readable in it,
 * every name as written (Polish, Turkish, Ukrainian, Arabic), "Vertrouwelijk" on every page, page
 * numbers, no name in the metadata; and every entry kind as plain text, worded as on the concern
 * page. The text is read back with poppler's pdftotext and pdfinfo: without them these tests fail
 * (apt-get install -y poppler-utils; .ci/run installs it), they never skip.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '#src/web/i18n/messages.ts';
import { renderChronologyPdf } from './chronology-pdf.ts';
import type { ConcernRow } from './concern.repository.ts';
import type { Chronology } from './concern.service.ts';
import type { EntryData } from './entries.ts';
import type { EntryRow } from './entry.repository.ts';
import { entryLines, entryMeta } from './views/entry-text.ts';
import { ENTRY_KINDS } from './workflow.ts';

const t = messages('nl');
const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFINFO = '/usr/bin/pdfinfo';

/** A poppler tool; a missing one fails the test that needs it, with the command that installs it. */
function poppler(tool: string): string {
  if (!fs.existsSync(tool)) throw new Error(`${tool} not found. Install it with: apt-get install -y poppler-utils`);
  return tool;
}

/** Runs `use` on the PDF written to a temporary file. */
function withPdfFile<T>(pdf: Buffer, use: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-pdf-'));
  try {
    const file = path.join(dir, 'c.pdf');
    fs.writeFileSync(file, pdf);
    return use(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text of a PDF, page by page (pdftotext ends every page with a form feed). `layout` keeps the
 * physical layout: poppler's default reading order takes a right-aligned paragraph for a column.
 */
function pdfText(pdf: Buffer, options: { layout?: boolean } = {}): string[] {
  const args = ['-enc', 'UTF-8', ...(options.layout ? ['-layout'] : []), '-', '-'];
  return withPdfFile(pdf, (file) =>
    execFileSync(poppler(PDFTOTEXT), args.with(-2, file), { encoding: 'utf8' }).split('\f').slice(0, -1),
  );
}

/** The number of pages, counted from the page objects (pdfkit does not compress those). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

const CREATED = new Date('2026-11-12T14:30:00Z');
const NAME = 'Zoë Hélène de Brée';

/** A concern of the fixture person. */
function concern(id: string, status: ConcernRow['status']): ConcernRow {
  return {
    id,
    organisationId: 'org-a',
    organisationName: 'School A',
    personId: 'person-1',
    authorId: 'user-1',
    authorName: 'Anna de Vries',
    status,
    sector: 'education',
    parentId: null,
    openedAt: CREATED,
    updatedAt: CREATED,
    checkDate: null,
    closedAt: null,
    entryCount: 0,
    honourRisk: 'no',
    person: { id: 'person-1', fullName: NAME, dateOfBirth: '2015-03-03', ageGroup: 'child' },
    memberIds: [],
  };
}

/** Every kind of entry once, in two concerns (built by hand: no database). */
function chronologyFixture(): Chronology {
  const data: EntryData[] = [
    { kind: 'opened', data: { fullName: NAME, ageGroup: 'child', byVolunteer: true } },
    {
      kind: 'quote',
      data: {
        words: 'Papa werd heel boos, ik mocht niks zeggen',
        context: 'Bij het omkleden voor gym.',
        sourceKind: 'other',
        source: 'de mentor',
      },
    },
    {
      kind: 'observation',
      data: {
        facts: 'Blauwe plek op de arm, zichtbaar bij gym.',
        interpretation: 'Mogelijk niet door een val.',
        sourceKind: 'self',
        source: '',
        categories: ['physicalAbuse'],
        signListVersion: '2026-11',
      },
    },
    { kind: 'counterSign', data: { facts: 'Vrolijk op het schoolreisje.', sourceKind: 'self', source: '' } },
    {
      kind: 'injury',
      data: {
        side: 'front',
        region: 'upperArmLeft',
        x: 30,
        y: 60,
        injuryKind: 'bruise',
        sizeCm: 4,
        colour: 'bluePurple',
        explanation: 'Zegt gevallen te zijn.',
      },
    },
    {
      kind: 'attachment',
      data: { attachmentId: 'a-1', displayName: 'arm.jpg', mediaType: 'image/jpeg', size: 1000, description: 'Arm' },
    },
    { kind: 'householdMember', data: { memberId: 'm-1', name: 'Daan de Brée', relation: 'broer', age: 9 } },
    { kind: 'kindcheck', data: { childrenCount: 2, ages: '9 en 11', care: 'shared', notes: '' } },
    {
      kind: 'carerCheck',
      data: {
        hasCarer: 'yes',
        carer: 'Oma Brée',
        carerOverburdened: 'unknown',
        caresForSomeone: 'no',
        caredFor: '',
        notes: '',
      },
    },
    { kind: 'linkedConcern', data: { concernId: 'c-3', name: 'Daan de Brée', direction: 'child' } },
    { kind: 'consultationRequested', data: { requestId: 'r-1', leadId: null, leadName: null } },
    {
      kind: 'consultation',
      data: { withName: 'Mo Jansen, aandachtsfunctionaris', advice: 'Gesprek voeren.', requestId: 'r-1' },
    },
    { kind: 'advice', data: { adviser: 'veiligThuis', advice: 'Eerst met moeder praten.' } },
    {
      kind: 'conversation',
      data: { participants: 'moeder en mentor', reaction: 'Geschrokken.', conversationDate: '2026-11-20' },
    },
    { kind: 'conversationSkipped', data: { reason: 'noContact', explanation: 'Vader reageert niet.' } },
    {
      kind: 'weighing',
      data: {
        answers: { 1: true, 2: false, 3: true, 4: true },
        rationale: { '1': 'Meerdere signalen' },
        outcome: 'help',
      },
    },
    {
      kind: 'decision',
      data: {
        decision: 'help',
        reasons: 'Moeder werkt mee.',
        keepHelping: true,
        checkDate: '2027-01-15',
        informedPerson: null,
      },
    },
    { kind: 'helpReview', data: { succeeded: true, notes: 'Afspraken gemaakt.' } },
    { kind: 'memberAdded', data: { userId: 'user-2', name: 'Mo Jansen' } },
    { kind: 'reopened', data: { reason: 'Nieuwe signalen.' } },
    { kind: 'note', data: { text: 'Moeder belde.\nZe komt morgen langs.' } },
    {
      kind: 'reported',
      data: {
        reportId: 'r-1',
        number: 12,
        veiligThuisName: 'Veilig Thuis Noord-Veluwe',
        observationSeqs: [2, 3],
        householdCount: 1,
        acute: false,
        informed: true,
        staysUnknown: false,
      },
    },
    {
      kind: 'adviceRequested',
      data: { reportId: 'r-2', number: 13, veiligThuisName: 'Veilig Thuis Noord-Veluwe', question: 'Wat nu?' },
    },
    {
      kind: 'vtFeedback',
      data: {
        reportId: 'r-1',
        number: 12,
        veiligThuisName: 'Veilig Thuis Noord-Veluwe',
        stage: 'assessment',
        outcome: 'safetyConditions',
        handedOverTo: 'Wijkteam Harderwijk',
        safetyConditions: 'Geen alcohol in huis.',
        message: 'Het wijkteam neemt contact op met het gezin.',
      },
    },
    { kind: 'honourRisk', data: { answer: 'unknown', previous: 'no' } },
  ];
  const entries = data.map(
    (d, i) =>
      ({
        ...d,
        id: `e-${i + 1}`,
        concernId: i < 12 ? 'c-1' : 'c-2',
        seq: i < 12 ? i + 1 : i - 11,
        authorId: 'user-1',
        authorName: 'Anna de Vries',
        createdAt: CREATED,
        occurredAt: null,
        correctsId: null,
      }) as EntryRow,
  );
  return {
    person: concern('c-1', 'helping').person,
    organisationName: 'Basisschool De Eik',
    concerns: [concern('c-1', 'helping'), concern('c-2', 'closed')],
    entries,
    generatedAt: CREATED,
    generatedBy: 'Anna de Vries',
  };
}

describe('renderChronologyPdf', () => {
  const chronology: Chronology = chronologyFixture();

  it('renders a PDF with the title, the quote and "Vertrouwelijk"', async () => {
    const pdf = await renderChronologyPdf(chronology, t, 'nl');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    const pages = pdfText(pdf);
    const text = pages.join('\n');
    expect(text).toContain('Chronologie van Zoë Hélène de Brée');
    expect(text).toContain('“Papa werd heel boos, ik mocht niks zeggen”');
    expect(text).toContain('Vertrouwelijk. Niet doorsturen.');
    expect(text).toContain('Regel 2');
    expect(text).toContain('Eigen woorden');
    expect(text).toContain('Blauwe plek, 4 cm, blauw-paars, voorkant, linker bovenarm');
    expect(text).toContain('Zorg 2: Afgesloten');
    expect(pages[0]).toContain(`Pagina 1 van ${pages.length}`);
    expect(text).toContain('12 november 2026 om 15:30'); // 14:30 UTC is 15:30 in Amsterdam (winter time)
  });

  it('keeps the name out of the metadata: only a title without it', async () => {
    const pdf = await renderChronologyPdf(chronology, t, 'nl');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Title ');
    expect(raw).toContain('(Chronologie \\(vertrouwelijk\\))');
    for (const key of ['/Author', '/Subject', '/Keywords']) expect(raw).not.toContain(key);
    const info = withPdfFile(pdf, (file) =>
      execFileSync(poppler(PDFINFO), ['-enc', 'UTF-8', file], { encoding: 'utf8' }),
    );
    expect(info).toMatch(/^Title: +Chronologie \(vertrouwelijk\)$/m);
    expect(info).not.toContain('Brée');
  });

  it('puts a long chronology on several numbered pages, each marked confidential', async () => {
    const entries: EntryRow[] = Array.from({ length: 200 }, (_, i) => ({
      ...chronology.entries[1]!,
      id: `long-${i}`,
      seq: i + 1,
      kind: 'note',
      data: { text: `Notitie ${i + 1}: het kind kwam vandaag weer zonder jas en zonder ontbijt naar school.` },
    }));
    const long: Chronology = { ...chronology, concerns: [chronology.concerns[0]!], entries };
    const pdf = await renderChronologyPdf(long, t, 'nl');
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const texts = pdfText(pdf);
    expect(texts).toHaveLength(pages);
    texts.forEach((page, i) => {
      expect(page).toContain('Vertrouwelijk. Niet doorsturen.');
      expect(page).toContain(`Pagina ${i + 1} van ${pages}`);
    });
    expect(texts.join('\n')).toContain('Notitie 200:');
  });
});

describe('renderChronologyPdf: names in any script', () => {
  /** Invisible direction marks poppler puts around right-to-left text (U+202A–U+202E). */
  const withoutMarks = (text: string) => text.replace(/[\u202a-\u202e]/g, '');

  it('prints every name as written: Łucja, Şükrü, Олена and فاطمة محمد', async () => {
    const fixture = chronologyFixture();
    const person = { ...fixture.person, fullName: 'Олена Шевченко' };
    const member = (name: string, relation: string, i: number): EntryRow => ({
      ...fixture.entries[0]!,
      id: `m-${i}`,
      seq: i + 1,
      kind: 'householdMember',
      data: { memberId: `m-${i}`, name, relation, age: 9 },
    });
    const chronology: Chronology = {
      ...fixture,
      person,
      concerns: [{ ...fixture.concerns[0]!, person }],
      entries: [member('Łucja Nowak', 'zus', 0), member('Şükrü Yılmaz', 'oom', 1), member('فاطمة محمد', 'moeder', 2)],
    };
    const pdf = await renderChronologyPdf(chronology, t, 'nl');

    // The fonts are embedded (subsets), so no reader substitutes its own.
    const fonts = withPdfFile(pdf, (file) => execFileSync(poppler('/usr/bin/pdffonts'), [file], { encoding: 'utf8' }));
    expect(fonts).toMatch(/\+NotoSans-Regular +CID TrueType +Identity-H +yes yes yes/);
    expect(fonts).toMatch(/\+NotoSansArabic-Regular +CID TrueType +Identity-H +yes yes yes/);
    expect(fonts).not.toMatch(/Helvetica/);

    const text = withoutMarks(pdfText(pdf, { layout: true }).join('\n'));
    expect(text).toContain('Chronologie van Олена Шевченко');
    expect(text).toContain('Łucja Nowak (zus, 9 jaar)');
    expect(text).toContain('Şükrü Yılmaz (oom, 9 jaar)');
    // What pdftotext reads back is the letters through each glyph's Unicode mapping, put back in the
    // order typed by poppler: so the Arabic name as typed. Around a right-to-left run poppler moves
    // neutral characters (here the opening bracket), as it does for Chromium's correctly shaped
    // output of the same line; so the name and the rest of the line are compared apart. This does
    // not show whether the letters were joined (a joined and an unjoined ف read back the same): that
    // the run is laid out as a whole, right to left, is in pdf-text.test.ts; the joining is fontkit's
    // shaping, checked by rendering the page (pdftoppm) when this was built.
    expect(text).toContain('فاطمة محمد');
    expect(text).toContain('moeder, 9 jaar)');
    expect(text).not.toContain('?');
  });
});

describe('entryLines', () => {
  it('words every kind of entry, with no empty line', () => {
    const fixture = chronologyFixture();
    const seen = new Set(fixture.entries.map((e) => e.kind));
    expect([...seen].sort()).toEqual([...ENTRY_KINDS].sort());
    for (const entry of fixture.entries) {
      const lines = entryLines(t, 'nl', entry);
      for (const line of lines) expect(line.trim()).not.toBe('');
      if (entry.kind !== 'opened') expect(lines.length, entry.kind).toBeGreaterThan(0);
    }
  });

  it('uses the words of the concern page', () => {
    const byKind = new Map(chronologyFixture().entries.map((e) => [e.kind, e] as const));
    const lines = (kind: EntryRow['kind']) => entryLines(t, 'nl', byKind.get(kind)!);
    expect(lines('observation')).toEqual([
      'Blauwe plek op de arm, zichtbaar bij gym.',
      'Interpretatie: Mogelijk niet door een val.',
      'Zelf gezien of gehoord',
      'Soort signalen: Lichamelijke mishandeling',
    ]);
    expect(lines('quote')).toEqual([
      '“Papa werd heel boos, ik mocht niks zeggen”',
      'Bij het omkleden voor gym.',
      'Bron: de mentor',
    ]);
    expect(lines('weighing')).toEqual([
      'Vraag 1: ja — Meerdere signalen',
      'Vraag 2: nee',
      'Vraag 3: ja',
      'Vraag 4: ja',
      'Uitkomst: Bied of organiseer hulp, en spreek een datum af waarop u beoordeelt of de hulp werkt (vraag 5).',
    ]);
    expect(lines('decision')).toContain('Beoordelen op 15 januari 2027');
    expect(lines('honourRisk')).toEqual([
      'Signalen van eergerelateerd geweld, huwelijksdwang, meisjesbesnijdenis of achterlating: weet ik niet',
      'Eerder geantwoord: nee',
    ]);
    expect(entryMeta(t, 'nl', byKind.get('quote')!)).toBe('Anna de Vries, 12 november 2026 om 15:30');
  });
});
