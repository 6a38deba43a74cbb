// SPDX-License-Identifier: EUPL-1.2
/**
 * The chronology of a person as a PDF (issue 4): A4, Noto Sans and Noto Sans Arabic embedded
 * (pdf-text.ts, ADR 0023: every name prints as written, in any script these fonts cover, right to
 * left where it should), "Vertrouwelijk. Niet doorsturen." at the top of every page and "Pagina n
 * van m" at the bottom. Per concern a heading, then every entry with its number, kind, author, time
 * (Dutch time) and text, worded as on the concern page (views/entry-text.ts).
 *
 * The document's metadata holds a title without the person's name and nothing else of the dossier:
 * a PDF's properties show up in file previews and search indexes.
 */
import PDFDocument from 'pdfkit';
import { formatDate, formatDateTime } from '#src/web/format.ts';
import type { Locale } from '#src/web/i18n/locale.ts';
import type { Messages } from '#src/web/i18n/messages.ts';
import type { EntryRow } from './concern.repository.ts';
import { ageOf, type Chronology } from './concern.service.ts';
import { type PdfWeight, registerPdfFonts, writeText } from './pdf-text.ts';
import { entryLines, entryMeta } from './views/entry-text.ts';

/** Page margins in points (A4 is 595 × 842 points). */
const MARGIN = { top: 72, bottom: 72, left: 60, right: 60 } as const;
const GREY = '#4b4b4b';
const BLACK = '#000000';

/** The person's facts as the concern page shows them: age group, date of birth, age. */
function personFacts(t: Messages, locale: Locale, chronology: Chronology): string {
  const c = t.concerns;
  const person = chronology.person;
  const age = ageOf({ dateOfBirth: person.dateOfBirth, ageYears: null }, chronology.generatedAt);
  return [
    c.ageGroupsShort[person.ageGroup],
    person.dateOfBirth ? c.born(formatDate(locale, person.dateOfBirth)) : '',
    age === null ? '' : c.age(age),
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Renders a chronology as a PDF.
 * @param chronology what chronology() in concern.service.ts returned (already authorized and audited)
 * @param t the messages of the reader's language
 * @param locale the reader's language (dates, names of sign categories)
 * @returns the PDF file's bytes
 */
export function renderChronologyPdf(chronology: Chronology, t: Messages, locale: Locale): Promise<Buffer> {
  const c = t.concerns;
  const ch = c.chronology;
  const e = c.entries;
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: locale === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: { Title: ch.documentTitle },
  });
  registerPdfFonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const bottom = () => doc.page.height - MARGIN.bottom;
  /** Starts a new page unless `height` points still fit on this one (keeps a heading with what follows). */
  const keep = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const write = (text: string, options: { weight?: PdfWeight; size?: number; color?: string; gap?: number } = {}) => {
    writeText(doc, text, {
      weight: options.weight ?? 'regular',
      size: options.size ?? 10,
      color: options.color ?? BLACK,
      x: MARGIN.left,
      width,
      paragraphGap: options.gap ?? 2,
      lineGap: 1,
      bottom: bottom(),
    });
  };

  // The title page's head: who, from which organisation, made by whom and when.
  write(ch.title(chronology.person.fullName), { weight: 'bold', size: 18, gap: 6 });
  write(personFacts(t, locale, chronology), { size: 11 });
  write(ch.organisation(chronology.organisationName), { size: 11 });
  write(ch.generated(chronology.generatedBy, formatDateTime(locale, chronology.generatedAt)), { size: 11, gap: 8 });
  write(ch.intro, { color: GREY, gap: 12 });

  const byConcern = new Map<string, EntryRow[]>();
  for (const entry of chronology.entries) {
    const list = byConcern.get(entry.concernId) ?? [];
    list.push(entry);
    byConcern.set(entry.concernId, list);
  }

  chronology.concerns.forEach((concern, i) => {
    const entries = byConcern.get(concern.id) ?? [];
    keep(80);
    doc.moveDown(0.5);
    write(ch.concern(i + 1, c.statuses[concern.status]), { weight: 'bold', size: 14, gap: 2 });
    write(c.concern.openedBy(concern.authorName, formatDate(locale, concern.openedAt)), { color: GREY, gap: 8 });
    if (entries.length === 0) write(c.concern.noEntries, { gap: 8 });
    for (const entry of entries) {
      keep(48);
      write(`${e.number(entry.seq)}  ${e.kinds[entry.kind]}`, { weight: 'bold', size: 11, gap: 1 });
      write(entryMeta(t, locale, entry), { size: 9, color: GREY, gap: 3 });
      const corrects = entry.correctsSeq;
      if (corrects) write(e.corrects(corrects), { size: 9, color: GREY });
      const corrected = entry.correctedBySeq;
      if (corrected) write(e.correctedBy(corrected), { size: 9, color: GREY });
      for (const line of entryLines(t, locale, entry)) write(line);
      doc.moveDown(0.8);
    }
  });

  // Header and footer on every page, now that the number of pages is known. Margins are lifted while
  // writing outside them, or pdfkit would start a new page.
  const { start, count } = doc.bufferedPageRange();
  for (let n = start; n < start + count; n++) {
    doc.switchToPage(n);
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: margins.left, right: margins.right };
    doc
      .font('Sans-Bold')
      .fontSize(9)
      .fillColor(BLACK)
      .text(ch.confidential, MARGIN.left, 36, { width, align: 'left', lineBreak: false });
    doc
      .font('Sans')
      .fontSize(9)
      .fillColor(GREY)
      .text(ch.pageOf(n - start + 1, count), MARGIN.left, doc.page.height - 48, {
        width,
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins = margins;
  }
  doc.end();
  return done;
}
