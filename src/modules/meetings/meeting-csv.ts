// SPDX-License-Identifier: EUPL-1.2
/**
 * The attendance list as CSV (ADR 0038), written by csv-stringify (quoting, separators, line breaks in
 * a cell). Every cell passes `safeCsvCell` first, so a name like `=HYPERLINK(...)` stays text in a
 * spreadsheet. A byte order mark makes spreadsheet programs read the UTF-8 (é, ë) as such.
 */
import { stringify } from 'csv-stringify/sync';
import type { RegistrationRow } from './meeting.repository.ts';
import type { RegistrationRole, RegistrationStatus } from './meeting.table.ts';
import { safeCsvCell } from './meeting-rules.ts';

/** The words of the list: the column headings and the names of roles and statuses. */
export interface AttendanceWords {
  readonly headings: readonly string[];
  readonly roles: Readonly<Record<RegistrationRole, string>>;
  readonly statuses: Readonly<Record<RegistrationStatus, string>>;
}

/** The attendance list: a heading row, then one row per registration in the order given. */
export function attendanceCsv(
  registrations: readonly Pick<RegistrationRow, 'name' | 'organisation' | 'email' | 'role' | 'status'>[],
  words: AttendanceWords,
): string {
  const rows = [
    [...words.headings],
    ...registrations.map((r) => [r.name, r.organisation, r.email, words.roles[r.role], words.statuses[r.status]]),
  ].map((row) => row.map(safeCsvCell));
  return stringify(rows, { bom: true, record_delimiter: 'windows' });
}
