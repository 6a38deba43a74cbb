// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { addWorkingDays, amsterdamIsoDate, dutchPublicHolidays, isWorkingDay } from './working-days.ts';

describe('dutchPublicHolidays', () => {
  it.each([
    // Koningsdag on Saturday 26 April because 27 April 2025 was a Sunday.
    // Easter and Whit Sunday are in the list (Sundays anyway); Goede Vrijdag is not.
    [
      2025,
      [
        '2025-01-01',
        '2025-04-20',
        '2025-04-21',
        '2025-04-26',
        '2025-05-05',
        '2025-05-29',
        '2025-06-08',
        '2025-06-09',
        '2025-12-25',
        '2025-12-26',
      ],
    ],
    [
      2026,
      [
        '2026-01-01',
        '2026-04-05',
        '2026-04-06',
        '2026-04-27',
        '2026-05-05',
        '2026-05-14',
        '2026-05-24',
        '2026-05-25',
        '2026-12-25',
        '2026-12-26',
      ],
    ],
    [
      2027,
      [
        '2027-01-01',
        '2027-03-28',
        '2027-03-29',
        '2027-04-27',
        '2027-05-05',
        '2027-05-06',
        '2027-05-16',
        '2027-05-17',
        '2027-12-25',
        '2027-12-26',
      ],
    ],
  ])('%i', (year, expected) => {
    expect(dutchPublicHolidays(year)).toEqual(expected);
  });

  it('returns a copy the caller cannot use to change the calendar', () => {
    dutchPublicHolidays(2026).length = 0;
    expect(dutchPublicHolidays(2026)).toHaveLength(10);
  });
});

describe('amsterdamIsoDate', () => {
  it.each([
    ['2026-01-01T22:59:59Z', '2026-01-01'],
    ['2026-01-01T23:00:00Z', '2026-01-02'], // winter: UTC+1
    ['2026-07-01T21:59:59Z', '2026-07-01'],
    ['2026-07-01T22:00:00Z', '2026-07-02'], // summer: UTC+2
  ])('%s → %s', (instant, expected) => {
    expect(amsterdamIsoDate(new Date(instant))).toBe(expected);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-11-27T12:00:00Z', true, 'a Friday'],
    ['2026-11-28T12:00:00Z', false, 'a Saturday'],
    ['2026-11-29T12:00:00Z', false, 'a Sunday'],
    ['2026-04-03T12:00:00Z', true, 'Goede Vrijdag is no holiday'],
    ['2026-04-06T12:00:00Z', false, 'tweede Paasdag'],
    ['2026-04-27T12:00:00Z', false, 'Koningsdag on a Monday'],
    ['2026-05-05T12:00:00Z', false, 'Bevrijdingsdag'],
    ['2026-05-14T12:00:00Z', false, 'Hemelvaartsdag'],
    ['2026-05-25T12:00:00Z', false, 'tweede Pinksterdag'],
    ['2026-12-24T22:30:00Z', true, '23:30 on 24 December in Amsterdam'],
    ['2026-12-24T23:30:00Z', false, '00:30 on Christmas Day in Amsterdam (still the 24th in UTC)'],
    ['2027-01-01T08:00:00Z', false, 'Nieuwjaarsdag'],
  ])('%s → %s (%s)', (instant, expected) => {
    expect(isWorkingDay(new Date(instant))).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-11-27T09:00:00Z', 5, '2026-12-04T09:00:00Z', 'a Friday + 5 → the next Friday'],
    ['2026-11-27T09:00:00Z', 0, '2026-11-27T09:00:00Z', 'zero days: unchanged'],
    ['2026-11-28T09:00:00Z', 1, '2026-11-30T09:00:00Z', 'from a Saturday, 1 → Monday'],
    ['2026-12-24T09:00:00Z', 1, '2026-12-28T09:00:00Z', 'over both Christmas days and a weekend'],
    ['2026-12-23T09:00:00Z', 5, '2026-12-31T09:00:00Z', 'a span over Christmas'],
    ['2026-12-23T09:00:00Z', 6, '2027-01-04T09:00:00Z', 'over Christmas and Nieuwjaarsdag'],
    ['2026-05-11T08:00:00Z', 5, '2026-05-19T08:00:00Z', 'over Hemelvaartsdag'],
    ['2026-04-02T08:00:00Z', 2, '2026-04-07T08:00:00Z', 'over Goede Vrijdag (counted) and tweede Paasdag'],
    ['2026-04-24T08:00:00Z', 1, '2026-04-28T08:00:00Z', 'over Koningsdag on a Monday'],
    ['2026-03-27T09:00:00Z', 1, '2026-03-30T08:00:00Z', 'into summer time: still 10:00 in Amsterdam'],
    ['2026-10-23T08:00:00Z', 1, '2026-10-26T09:00:00Z', 'into winter time: still 10:00 in Amsterdam'],
    ['2026-11-26T23:30:00Z', 1, '2026-11-29T23:30:00Z', 'Friday 00:30 in Amsterdam (Thursday in UTC) → Monday 00:30'],
    ['2026-03-27T23:30:00Z', 1, '2026-03-29T22:30:00Z', 'Saturday 00:30 CET → Monday 00:30 CEST'],
  ])('%s + %i → %s (%s)', (start, days, expected) => {
    expect(addWorkingDays(new Date(start), days).toISOString()).toBe(new Date(expected).toISOString());
  });

  it.each([-1, 1.5, Number.NaN])('refuses %s days', (days) => {
    expect(() => addWorkingDays(new Date('2026-11-27T09:00:00Z'), days)).toThrow(RangeError);
  });
});
