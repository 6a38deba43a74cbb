// SPDX-License-Identifier: EUPL-1.2
/**
 * The chronology of a person as a PDF (issue 4): A4, Noto Sans and Noto Sans Arabic embedded
 * (src/web/pdf, ADR 0023: every name prints as written, in any script these fonts cover, right to
 * left where it should), "Vertrouwelijk. Niet doorsturen." at the top of every page and "Pagina n
 * van m" at the bottom. Per concern a heading, then every entry with its number, kind, author, time
 * (Dutch time) and text, worded as on the concern page (views/entry-text.ts).
 *
 * The document's metadata holds a title without the person's name and nothing else of the dossier:
 * a PDF's properties show up in file previews and search indexes.
 */
import { formatDate, formatDateTime } from '#src/web/format.ts';
import type { Locale } from '#src/web/i18n/locale.ts';
import type { Messages } from '#src/web/i18n/messages.ts';
import { createPdf, PDF_GREY as GREY } from '#src/web/pdf/pdf-document.ts';
import { ageOf } from './age.ts';
import type { Chronology } from './concern.service.ts';
import type { EntryRow } from './entry.repository.ts';
import { entryLines, entryMeta } from './views/entry-text.ts';

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
  const pdf = createPdf(locale, ch.documentTitle);
  const { doc, write, keep } = pdf;

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

  return pdf.finish(ch.confidential, ch.pageOf);
}
