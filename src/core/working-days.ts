// SPDX-License-Identifier: EUPL-1.2
/**
 * Working days in the Netherlands, for deadlines such as "five working days after a consultation
 * request". A working day is a day, in the Europe/Amsterdam calendar, that is not a Saturday or a
 * Sunday and not one of the general holidays of the Algemene termijnenwet, article 3: Nieuwjaarsdag,
 * tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag, both Christmas days, Koningsdag (27 April, or
 * 26 April when the 27th is a Sunday) and 5 May (Bevrijdingsdag). Goede Vrijdag is not one of them.
 * The dates come from the date-holidays library, so moving feasts and rule changes are maintained there.
 *
 * Calendar dates are handled as ISO strings (`YYYY-MM-DD`) and UTC-midnight arithmetic, so the
 * machine's own time zone never matters; only the conversion of an instant to its Amsterdam date does.
 */

import Holidays from 'date-holidays';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The Dutch holidays, from the date-holidays library (maintained upstream, not hand-written here). */
const calendar = new Holidays('NL');

const amsterdamParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The Amsterdam wall-clock fields of an instant. */
function wallClock(date: Date): { year: number; month: number; day: number; ms: number } {
  const parts: Record<string, number> = {};
  for (const p of amsterdamParts.formatToParts(date)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const ms = ((parts.hour! * 60 + parts.minute!) * 60 + parts.second!) * 1000 + date.getUTCMilliseconds();
  return { year: parts.year!, month: parts.month!, day: parts.day!, ms };
}

/** Milliseconds Amsterdam is ahead of UTC at an instant (3 600 000 in winter, 7 200 000 in summer). */
function amsterdamOffset(date: Date): number {
  const w = wallClock(date);
  return Date.UTC(w.year, w.month - 1, w.day) + w.ms - date.getTime();
}

/** `YYYY-MM-DD` of a UTC-midnight day number (ms since the epoch). */
function isoOfUtcDay(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/**
 * The calendar date of an instant in Europe/Amsterdam.
 * @param date any instant
 * @returns the ISO date, `YYYY-MM-DD` (e.g. 2026-01-01T23:30Z is `2026-01-02` in Amsterdam)
 */
export function amsterdamIsoDate(date: Date): string {
  const w = wallClock(date);
  return isoOfUtcDay(Date.UTC(w.year, w.month - 1, w.day));
}

const holidayCache = new Map<number, readonly string[]>();

/**
 * The general holidays of the Algemene termijnenwet (art. 3) in a year, in date order.
 * @param year the year
 * @returns ISO dates (`YYYY-MM-DD`)
 */
export function dutchPublicHolidays(year: number): string[] {
  let holidays = holidayCache.get(year);
  if (!holidays) {
    // The maintained holiday library's public holidays of the Netherlands (with Easter and Whit
    // Sunday, which are Sundays anyway), plus Bevrijdingsdag, which the library files as a school
    // holiday but the Algemene termijnenwet counts every year. Goede Vrijdag is not one of them.
    holidays = [
      ...new Set(
        calendar
          .getHolidays(year)
          .filter((h) => h.type === 'public' || h.date.slice(5, 10) === '05-05')
          .map((h) => h.date.slice(0, 10)),
      ),
    ].sort();
    holidayCache.set(year, holidays);
  }
  return [...holidays];
}

/** Whether a UTC-midnight day number is a working day. */
function isWorkingUtcDay(utcMs: number): boolean {
  const weekday = new Date(utcMs).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const iso = isoOfUtcDay(utcMs);
  const year = Number(iso.slice(0, 4));
  if (!holidayCache.has(year)) dutchPublicHolidays(year);
  return !holidayCache.get(year)!.includes(iso);
}

/**
 * Whether an instant falls on a working day in Amsterdam.
 * @param date any instant
 * @returns false on Saturdays, Sundays and the holidays of `dutchPublicHolidays`
 */
export function isWorkingDay(date: Date): boolean {
  return isWorkingUtcDay(Date.parse(`${amsterdamIsoDate(date)}T00:00:00Z`));
}

/**
 * The instant a number of working days after another, at the same Amsterdam time of day. Counting
 * starts the day after `start` (from a Friday, 5 working days is the next Friday; from a Saturday, 1
 * working day is the Monday), so the result is always a working day when `days` > 0.
 * @param start the instant to count from
 * @param days how many working days to add (a non-negative integer; 0 returns `start`)
 * @returns the new instant
 * @throws {RangeError} when days is negative or not an integer
 */
export function addWorkingDays(start: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a non-negative integer: ${days}`);
  if (days === 0) return new Date(start.getTime());
  const startDay = Date.parse(`${amsterdamIsoDate(start)}T00:00:00Z`);
  let day = startDay;
  for (let left = days; left > 0; ) {
    day += DAY_MS;
    if (isWorkingUtcDay(day)) left--;
  }
  // Same wall-clock time: move by whole calendar days, then correct for a change of UTC offset
  // (summer time) between the start and the result.
  const naive = new Date(start.getTime() + (day - startDay));
  return new Date(naive.getTime() + amsterdamOffset(start) - amsterdamOffset(naive));
}
