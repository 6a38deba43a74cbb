// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's age rule (docs/domain.md §11): a young person from birth up to the 23rd birthday.
 * Dates are ISO calendar dates (`YYYY-MM-DD`, the Amsterdam calendar; see amsterdamIsoDate). A
 * birthday on 29 February falls on 1 March in other years, as ages are counted elsewhere in Kring.
 */

/** The age at which a signal ends: the 23rd birthday. */
export const CIRCLE_AGE_LIMIT = 23;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of an ISO date, or null when it is no real calendar date. */
export function isoParts(iso: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

/** `YYYY-MM-DD` of a year, month and day that exist. */
function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The age in whole years on a day.
 * @param dateOfBirth ISO date
 * @param today ISO date
 */
export function ageOn(dateOfBirth: string, today: string): number {
  const b = isoParts(dateOfBirth);
  const t = isoParts(today);
  if (!b || !t) throw new RangeError('Not an ISO date');
  return t.year - b.year - (t.month < b.month || (t.month === b.month && t.day < b.day) ? 1 : 0);
}

/**
 * The day someone turns a number of years old: the same month and day, and 1 March for a birthday
 * on 29 February in a year without one.
 */
export function birthday(dateOfBirth: string, years: number): string {
  const b = isoParts(dateOfBirth);
  if (!b) throw new RangeError('Not an ISO date');
  const year = b.year + years;
  if (b.month === 2 && b.day === 29 && !isoParts(iso(year, 2, 29))) return iso(year, 3, 1);
  return iso(year, b.month, b.day);
}

/** What is wrong with a date of birth for the circle, or null. */
export type CircleAgeProblem = 'invalid' | 'future' | 'tooOld';

/**
 * Whether a young person is in the circle's age range on a day.
 * @param dateOfBirth ISO date, as given
 * @param today ISO date
 * @returns null when 0 to 22 (up to the 23rd birthday), else what is wrong
 */
export function circleAgeProblem(dateOfBirth: string, today: string): CircleAgeProblem | null {
  if (!isoParts(dateOfBirth)) return 'invalid';
  if (dateOfBirth > today) return 'future';
  return ageOn(dateOfBirth, today) >= CIRCLE_AGE_LIMIT ? 'tooOld' : null;
}
