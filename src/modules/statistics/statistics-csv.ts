// SPDX-License-Identifier: EUPL-1.2
/**
 * A table as CSV (ADR 0039), written by csv-stringify: the same rows, labels and marks as the page
 * (a hidden figure is "×"), so the file never tells more than the page. The cells are Kring's own
 * words and numbers, never text someone typed. A byte order mark makes spreadsheet programs read the
 * UTF-8 as such.
 */
import { stringify } from 'csv-stringify/sync';
import type { Locale } from '#src/web/i18n/locale.ts';
import type { Messages } from '#src/web/i18n/messages.ts';
import type { Mark } from './suppression.ts';
import { labelOf, type TableId } from './table-words.ts';
import type { Tables } from './tables.ts';

/**
 * The CSV of one table.
 * @param t the messages of the language
 * @param locale the language
 * @param id the table
 * @param tables the tables of the year (the one named must be among them)
 */
export function tableCsv(t: Messages, locale: Locale, id: TableId, tables: Partial<Tables>): string {
  const s = t.statistics;
  const words = s.tables[id];
  const cell = (mark: Mark) => (mark.kind === 'shown' ? String(mark.value) : s.hidden);
  let rows: string[][];
  if (id === 'byCategoryAndSubject') {
    const table = tables.byCategoryAndSubject!;
    rows = table.withheld
      ? [[words.key], [s.withheld]]
      : [
          [words.key, ...table.columns.map((c) => labelOf(t, locale, 'bySubject', c)), s.total],
          ...table.rows.map((r, i) => [
            labelOf(t, locale, id, r),
            ...table.cells[i]!.map(cell),
            cell(table.rowTotals[i]!),
          ]),
          [s.total, ...table.columnTotals.map(cell), String(table.total)],
        ];
  } else if (id === 'steps') {
    const table = tables.steps!;
    rows = table.withheld
      ? [[words.key], [s.withheld]]
      : [
          [words.key, s.tables.steps.value],
          ...table.rows.map((r) => [labelOf(t, locale, id, String(r.step)), String(r.medianDays)]),
        ];
  } else {
    const table = tables[id]!;
    rows = table.withheld
      ? [[words.key], [s.withheld]]
      : [
          [words.key, s.count],
          ...table.rows.map((r) => [labelOf(t, locale, id, r.key), cell(r.mark)]),
          [s.total, String(table.total)],
        ];
  }
  return stringify(rows, { bom: true, record_delimiter: 'windows' });
}
