// SPDX-License-Identifier: EUPL-1.2
/**
 * The meetings' rules without a database (ADR 0038): places left, who gets a place and who waits,
 * who moves up, the retention's cut-off, a CSV cell that no spreadsheet runs as a formula, and a
 * moment's date and time on the clock in Amsterdam.
 */
import type { RegistrationStatus } from './meeting.table.ts';

/** The places still free: never below zero (a capacity lowered under the registrations). */
export function placesLeft(capacity: number, confirmed: number): number {
  return Math.max(0, capacity - confirmed);
}

/** A new registration gets a place while there is one, and waits otherwise. */
export function statusForNew(capacity: number, confirmed: number): RegistrationStatus {
  return confirmed < capacity ? 'confirmed' : 'waiting';
}

/**
 * Who moves up from the waiting list: the earliest registrations (lowest `seq`) while places are free.
 * @param waiting the waiting registrations, any order
 * @param free the places free now
 * @returns the ids that get a place, in the list's order
 */
export function movingUp(waiting: readonly { readonly id: string; readonly seq: number }[], free: number): string[] {
  if (free <= 0) return [];
  return [...waiting]
    .sort((a, b) => a.seq - b.seq)
    .slice(0, free)
    .map((r) => r.id);
}

/**
 * The moment before which a meeting's registrations are removed: `months` calendar months before now
 * (on a shorter month's end, the month's last day).
 */
export function retentionCutoff(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP: CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV cell that a spreadsheet shows as text: a leading apostrophe before a formula's first character. */
export function safeCsvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const AMSTERDAM = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** A moment's date and time on the clock in Amsterdam. */
export interface AmsterdamParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The date and time in Amsterdam of a moment (summer time included). */
export function amsterdamParts(moment: Date): AmsterdamParts {
  const parts = AMSTERDAM.formatToParts(moment);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** `YYYY-MM-DD` and `HH:MM` of a moment in Amsterdam. */
export function amsterdamDateTime(moment: Date): { readonly date: string; readonly time: string } {
  const p = amsterdamParts(moment);
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${p.year}-${two(p.month)}-${two(p.day)}`, time: `${two(p.hour)}:${two(p.minute)}` };
}
