// SPDX-License-Identifier: EUPL-1.2
/**
 * The access overview a privacy officer hands to a person or a parent (issue 12, item 1; ADR 0029),
 * as a PDF and as a CSV: the same rows as the page (access-overview.presenter.ts), oldest first, in
 * the reader's language and Dutch time, with a protected name replaced by "een professional van
 * <organisatie>" and a note that says why. Neither holds a replaced name, an event code or a UTC
 * time.
 *
 * PDF: Kring's page (src/web/pdf: A4, embedded Noto fonts, a confidential line and page numbers on
 * every page, a title without the person's name in the metadata).
 * CSV: csv-stringify, UTF-8 with a byte order mark (Excel reads it as UTF-8 then), CRLF, the list
 * separator Excel expects in the reader's language (`;` in Dutch, `,` in English), and every cell
 * that starts with = + - @ tab or CR (or their full-width forms) prefixed with ' so a spreadsheet
 * never runs it as a formula (ASVS 1.2.10).
 */
import { stringify } from 'csv-stringify/sync';
import { formatDateTime } from '#src/web/format.ts';
import type { Locale } from '#src/web/i18n/locale.ts';
import type { Messages } from '#src/web/i18n/messages.ts';
import { createPdf, PDF_GREY } from '#src/web/pdf/pdf-document.ts';
import { type PresentedOverview, presentOverview } from './access-overview.presenter.ts';
import type { SubjectOverviewExport } from './privacy.service.ts';

/** The export's rows in words, with the texts around them. */
interface ExportView {
  readonly o: Messages['staff']['audit']['overview'];
  readonly overview: PresentedOverview;
  readonly title: string;
  readonly madeBy: string;
  readonly explanation: string;
  /** The note on replaced names: the intro and one sentence per reason (empty when none). */
  readonly note: readonly string[];
}

function exportView(data: SubjectOverviewExport, t: Messages, locale: Locale): ExportView {
  const o = t.staff.audit.overview;
  const overview = presentOverview(data.entries, {
    t,
    locale,
    protectedUserIds: data.protectedUserIds,
    readerOrganisationId: data.organisationId,
  });
  return {
    o,
    overview,
    title: o.title(data.name),
    madeBy: o.madeBy(data.organisationName, formatDateTime(locale, data.generatedAt)),
    explanation: o.exportExplanation(data.name),
    note: overview.reasons.length > 0 ? [o.redactedIntro, ...overview.reasons.map((r) => o.redactedReasons[r])] : [],
  };
}

/**
 * The file name of an export: no name of anyone, the date it was made.
 * @param extension `pdf` or `csv`
 */
export function overviewFileName(t: Messages, generatedAt: Date, extension: 'pdf' | 'csv'): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(generatedAt);
  return `${t.staff.audit.overview.fileName}-${day}.${extension}`;
}

/**
 * The overview as a PDF.
 * @param data what exportSubjectOverview() returned (authorized and audited)
 * @returns the PDF file's bytes
 */
export function renderOverviewPdf(data: SubjectOverviewExport, t: Messages, locale: Locale): Promise<Buffer> {
  const view = exportView(data, t, locale);
  const { o } = view;
  const pdf = createPdf(locale, o.documentTitle);
  const { doc, write, keep } = pdf;

  write(view.title, { weight: 'bold', size: 18, gap: 6 });
  write(view.madeBy, { size: 11, gap: 8 });
  write(view.explanation, { color: PDF_GREY, gap: 10 });
  if (view.note.length > 0) {
    keep(80);
    write(o.redactedTitle, { weight: 'bold', size: 12, gap: 3 });
    for (const sentence of view.note) write(sentence, { gap: 4 });
    doc.moveDown(0.6);
  }
  if (view.overview.rows.length === 0) write(o.exportNone);
  for (const row of view.overview.rows) {
    keep(64);
    write(row.time, { weight: 'bold', size: 10, gap: 1 });
    write(`${o.who}: ${row.who} · ${o.role}: ${row.role} · ${o.organisation}: ${row.organisation}`, { gap: 1 });
    write(`${o.event}: ${row.event}`, { gap: 1 });
    write(`${o.purpose}: ${row.purpose}`, { size: 9, color: PDF_GREY, gap: 2 });
    doc.moveDown(0.6);
  }
  return pdf.finish(o.confidential, o.pageOf);
}

/**
 * The overview as a CSV for a spreadsheet: the title, who made it, the explanation and the note on
 * replaced names each on a line of their own, an empty line, then the table with its header.
 * @param data what exportSubjectOverview() returned (authorized and audited)
 * @returns the file's bytes (UTF-8 with a byte order mark)
 */
export function renderOverviewCsv(data: SubjectOverviewExport, t: Messages, locale: Locale): Buffer {
  const view = exportView(data, t, locale);
  const { o } = view;
  const records: string[][] = [
    [view.title],
    [view.madeBy],
    [view.explanation],
    ...view.note.map((sentence) => [sentence]),
    [],
    [o.time, o.who, o.organisation, o.role, o.event, o.purpose],
    ...view.overview.rows.map((r) => [r.time, r.who, r.organisation, r.role, r.event, r.purpose]),
  ];
  const text = stringify(records, {
    bom: true,
    delimiter: locale === 'nl' ? ';' : ',',
    record_delimiter: 'windows',
    escape_formulas: true,
  });
  return Buffer.from(text, 'utf8');
}
