// SPDX-License-Identifier: EUPL-1.2
/**
 * When a signal ends (docs/domain.md §11, Jeugdwet 7.1.4.5): withdrawn by its organisation, at the
 * young person's death, at the latest 2 years after it was made (a municipality may choose fewer
 * months), and at the 23rd birthday. Ended signals no longer match; the daily job turns them into
 * tombstones. Dates are ISO calendar dates (the Amsterdam calendar).
 */
import { birthday, CIRCLE_AGE_LIMIT, isoParts } from './age.ts';

/** The longest a signal lasts, in months (2 years). */
export const MAX_SIGNAL_MONTHS = 24;

/** Why a signal ended. */
export const END_REASONS = ['withdrawn', 'death', 'maxDuration', 'age23'] as const;
export type EndReason = (typeof END_REASONS)[number];

/** The ends a professional records; the others come from the calendar. */
export const RECORDED_END_REASONS = ['withdrawn', 'death'] as const satisfies readonly EndReason[];
export type RecordedEndReason = (typeof RECORDED_END_REASONS)[number];

/**
 * The municipality's period, checked: whole months from 1 to 24.
 * @throws {RangeError} otherwise
 */
export function checkMaxMonths(months: number): number {
  if (!Number.isInteger(months) || months < 1 || months > MAX_SIGNAL_MONTHS) {
    throw new RangeError(`A signal lasts 1 to ${MAX_SIGNAL_MONTHS} whole months, not ${months}`);
  }
  return months;
}

function parts(date: string): { year: number; month: number; day: number } {
  const p = isoParts(date);
  if (!p) throw new RangeError('Not an ISO date');
  return p;
}

function isoOf(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/**
 * A date some months later (or earlier, when negative); a day that month lacks becomes its last day
 * (31 January + 1 month is 28 or 29 February), so "at most 2 years" never runs over.
 */
export function addMonths(date: string, months: number): string {
  const p = parts(date);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return isoOf(Date.UTC(year, month, Math.min(p.day, lastDay)));
}

/** A date some days later (or earlier). */
export function addDays(date: string, days: number): string {
  const p = parts(date);
  return isoOf(Date.UTC(p.year, p.month - 1, p.day + days));
}

/** The signal facts expiry depends on. */
export interface ExpiryFacts {
  /** The day it was registered. */
  readonly registeredOn: string;
  readonly dateOfBirth: string;
}

/**
 * The day a signal ends by the calendar, and why: the earlier of its period's end and the 23rd
 * birthday (the birthday when both fall on one day). It is active on the days before.
 * @param maxMonths the municipality's period (1–24)
 */
export function signalExpiry(
  signal: ExpiryFacts,
  maxMonths: number = MAX_SIGNAL_MONTHS,
): { readonly on: string; readonly reason: 'maxDuration' | 'age23' } {
  const byDuration = addMonths(signal.registeredOn, checkMaxMonths(maxMonths));
  const byAge = birthday(signal.dateOfBirth, CIRCLE_AGE_LIMIT);
  return byAge <= byDuration ? { on: byAge, reason: 'age23' } : { on: byDuration, reason: 'maxDuration' };
}

/**
 * Whether a signal has ended by the calendar on a day, and why.
 * @returns the reason, or null while it is active
 */
export function calendarEnd(signal: ExpiryFacts, today: string, maxMonths: number = MAX_SIGNAL_MONTHS) {
  const end = signalExpiry(signal, maxMonths);
  return today >= end.on ? end.reason : null;
}

/**
 * The last registration day whose period has ended by `today`: a signal registered on or before it
 * has ended (addMonths(day, maxMonths) ≤ today), one registered after it has not. The database
 * compares `registered_on` with this, so a municipality that shortens its period ends older signals
 * at once, with the same month arithmetic as signalExpiry.
 */
export function lastEndedRegistrationDay(today: string, maxMonths: number = MAX_SIGNAL_MONTHS): string {
  checkMaxMonths(maxMonths);
  let day = addMonths(today, -maxMonths);
  while (addMonths(day, maxMonths) > today) day = addDays(day, -1);
  while (addMonths(addDays(day, 1), maxMonths) <= today) day = addDays(day, 1);
  return day;
}
